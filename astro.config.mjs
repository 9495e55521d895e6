// @ts-check
/**
 * Site configuration. Everything that varies between deployments comes from the environment:
 *   SITE_URL    absolute origin the canonical URLs, sitemap and citations use (default http://localhost:4321)
 *   BASE_PATH   sub-path the site is served under, e.g. /reports/ (default /)
 *   OUT_DIR     build output directory (default dist)
 *   GENERATED_DIR  generated content to build from (default content/generated; tests point it at a fixture)
 */
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteSettings } from './src/lib/settings.ts';

const settings = siteSettings(process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
