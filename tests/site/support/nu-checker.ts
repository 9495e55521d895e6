/**
 * The W3C Nu Html Checker (the jar the npm package `vnu-jar` ships) over built files, in one Java
 * process for all of them (the JVM's start costs seconds). Java comes from the machine: `java` on
 * PATH or $JAVA_HOME/bin/java (.ci/run installs Debian's default-jre-headless when it is absent).
 * vnu-jar's own helper that downloads a Java runtime is never used, and package.json denies its
 * install script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface NuMessage {
  /** "error", "info" (subType "warning" for warnings) or "non-document-error" (a file it could not read). */
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

export interface NuRun {
  version: string;
  messages: NuMessage[];
}

export function javaCommand(): string | null {
  const fromHome = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : null;
  if (fromHome && existsSync(fromHome)) return fromHome;
  const onPath = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return onPath.status === 0 ? 'java' : null;
}

function java(args: string[]): { stdout: string; stderr: string } {
  const command = javaCommand();
  if (!command) throw new Error('the Nu Html Checker needs a Java runtime: install one (Debian: apt-get install default-jre-headless), as .ci/run does');
  const result = spawnSync(command, ['-jar', VNU_JAR, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`vnu exited with ${result.status}:\n${result.stderr}`.slice(0, 4000));
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Checks every file (HTML, and SVG by its .svg name) in one run; the messages come back as the checker's JSON. */
export function runNuChecker(files: readonly string[]): NuRun {
  const version = java(['--version']).stdout.trim();
  // --exit-zero-always: the messages, not the exit code, decide; the JSON report goes to stderr.
  const { stderr } = java(['--format', 'json', '--exit-zero-always', '--also-check-svg', ...files]);
  const report = JSON.parse(stderr) as { messages: NuMessage[] };
  return { version, messages: report.messages };
}

export const isError = (m: NuMessage) => m.type === 'error' || m.type === 'non-document-error';
export const isWarning = (m: NuMessage) => m.type === 'info' && m.subType === 'warning';
