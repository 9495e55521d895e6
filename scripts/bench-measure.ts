/**
 * Running one step of a build as a child process and measuring it: wall time, and peak memory as
 * the largest resident set of any process in the step (GNU time's %M, the kernel's ru_maxrss),
 * or, where /usr/bin/time is missing, the largest sum over the process tree sampled from /proc.
 * Output goes to a log file; a failed step throws with the log's tail.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clearAstroCache, siteBuildEnv } from './site-build.ts';

export interface Measured {
  label: string;
  wallMs: number;
  /** Peak resident memory in KiB. */
  peakRssKb: number;
  /** How peak memory was measured. */
  rssMethod: 'max RSS of the largest process (GNU time)' | 'peak RSS of the process tree (sampled /proc)';
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measure(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string },
): Promise<Measured> {
  mkdirSync(dirname(options.log), { recursive: true });
  const useTime = existsSync(GNU_TIME);
  const rssFile = `${options.log}.rss`;
  rmSync(rssFile, { force: true });
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let sampledPeak = 0;
  const sampler = useTime ? null : setInterval(() => (sampledPeak = Math.max(sampledPeak, treeRssKb(child.pid!))), 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  if (sampler) clearInterval(sampler);
  writeFileSync(options.log, `$ ${command} ${args.join(' ')}\n${stdout}\n--- stderr ---\n${stderr}`);
  if (status !== 0) {
    throw new Error(`${label} failed (exit ${status}); log: ${options.log}\n${`${stdout}\n${stderr}`.slice(-3000)}`);
  }
  const peakRssKb = useTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : sampledPeak;
  return {
    label,
    wallMs,
    peakRssKb,
    rssMethod: useTime ? 'max RSS of the largest process (GNU time)' : 'peak RSS of the process tree (sampled /proc)',
    stderr,
  };
}

export function logPath(dir: string, name: string): string {
  return join(dir, 'logs', `${name}.log`);
}

/**
 * The environment of a benchmark build of the corpus in `dir`/sources, as `npm run build` makes it
 * (root path, local origin), after clearing that build's Astro cache and output: every timed build
 * starts cold.
 */
export function coldBuildEnv(dir: string, generatedDir: string, outDir: string): NodeJS.ProcessEnv {
  const build = { sourcesDir: join(dir, 'sources'), generatedDir, outDir };
  clearAstroCache(build);
  rmSync(outDir, { recursive: true, force: true });
  return siteBuildEnv(build);
}
