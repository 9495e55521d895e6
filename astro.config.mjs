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
import { href, paths } from './src/lib/urls.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/security-headers.ts';

const settings = siteSettings(process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Embed pages are noindex (the chart's own page is the one to find), so the sitemap leaves them out.
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.startsWith(href(paths.embedSection(), settings.base)) })],
  devToolbar: { enabled: false },
  // Shiki colours code with inline styles, which the Content-Security-Policy refuses.
  markdown: { syntaxHighlight: 'prism' },
  // Astro hashes every script and style it emits into a <meta http-equiv="content-security-policy">
  // on each page; scripts/build-site.ts lifts the same policy into dist/_headers, adding what a
  // <meta> cannot carry (frame-ancestors). Policy: src/lib/security-headers.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
});
