import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

const GOVUK_CSS = '/govuk-frontend/dist/govuk/govuk-frontend.min.css';
const GDS_TRANSPORT_STACK = 'font-family:GDS Transport,arial,sans-serif';
const SYSTEM_FONT_STACK = 'font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif';
const FONT_FACE = /@font-face\{font-family:GDS Transport;[^}]*\}/g;
const IE_ONLY_MEDIA = /@media[^{]*\\0[^{]*\{(?:[^{}]*\{[^{}]*\})*\}/g;

/**
 * Adapts govuk-frontend's compiled CSS, which assumes its files are served at /assets:
 * - points `url(/assets/…)` at the package's own copies so Vite bundles (and hashes) them;
 * - drops media queries hacked with `\0`: they target only Internet Explorer 8–10, which cannot run this
 *   ES-module app anyway, and Vite's CSS minifier warns on them;
 * - unless `gdsTransport` is on, drops the GDS Transport @font-face rules and uses the system font stack,
 *   because that font is licensed for services on gov.uk only and this platform is open source.
 * Fails the build if a govuk-frontend upgrade changes the text it rewrites, rather than shipping the font.
 */
function govukFrontendCss(gdsTransport: boolean): Plugin {
  return {
    name: 'oa:govuk-frontend-css',
    enforce: 'pre',
    transform(code, id) {
      if (!(id.split('?')[0] ?? '').endsWith(GOVUK_CSS)) return null;
      let css = code.replaceAll('url(/assets/', 'url(./assets/').replace(IE_ONLY_MEDIA, '');
      if (!gdsTransport) {
        const fontFaces = css.match(FONT_FACE)?.length ?? 0;
        if (fontFaces === 0 || !css.includes(GDS_TRANSPORT_STACK)) {
          this.error('govuk-frontend CSS no longer declares GDS Transport as expected: update govukFrontendCss in web/vite.config.ts');
        }
        css = css.replace(FONT_FACE, '').replaceAll(GDS_TRANSPORT_STACK, SYSTEM_FONT_STACK);
      }
      return { code: css, map: null };
    },
  };
}

/**
 * Keeps the scripts the entry imports out of each lazy import's preload list: a module runs only once its
 * imports are in, so they are always loaded before any lazy import starts, and naming them in every page's
 * list (`__vite__mapDeps`, in the entry) only added bytes to the shell. The plugin notes the entry's imports
 * when the bundle is written, before Vite writes the lists.
 */
function preloadOnlyWhatIsMissing(): { readonly plugin: Plugin; readonly resolveDependencies: (file: string, deps: string[], context: { hostType: 'html' | 'js' }) => string[] } {
  const loadedWithEntry = new Set<string>();
  return {
    plugin: {
      name: 'oa:preload-only-what-is-missing',
      apply: 'build',
      generateBundle(_options, bundle) {
        loadedWithEntry.clear();
        const visit = (fileName: string): void => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || loadedWithEntry.has(fileName)) return;
          loadedWithEntry.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
      },
    },
    // index.html's own preload links (hostType html) are the entry's imports themselves: left as they are.
    resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? deps.filter((dep) => !loadedWithEntry.has(dep)) : deps),
  };
}

export default defineConfig(({ mode }) => {
  // A deployment on gov.uk may switch the GDS Transport font on with OA_GDS_TRANSPORT=true.
  const env = loadEnv(mode, webRoot, 'OA_');
  const preload = preloadOnlyWhatIsMissing();
  return {
    root: webRoot,
    plugins: [govukFrontendCss(env.OA_GDS_TRANSPORT === 'true'), react(), preload.plugin],
    css: { lightningcss: { errorRecovery: true } },
    build: {
      outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
      emptyOutDir: true,
      // .vite/manifest.json: which chunks each entry and page imports, read by test/web/first-page-js.test.ts
      // and bench/page-ready.bench.ts to add up what the first page downloads.
      manifest: true,
      // Vite's modulepreload polyfill runs in the entry, after the scripts index.html preloads have all arrived
      // (a module runs once its imports are in), so it never helped them; a page's chunks are preloaded by
      // Vite's preload helper, which uses rel=preload where a browser lacks modulepreload. 0.2 KB gzip a page.
      modulePreload: { polyfill: false, resolveDependencies: preload.resolveDependencies },
      rolldownOptions: {
        output: {
          // Libraries change less often than the app, so their chunks stay cached across releases of it.
          // React is on every page; govuk-frontend's JavaScript, d3-geo and topojson-client travel only with the
          // pages that use them, in chunks of their own (the England map reads TopoJSON but projects nothing).
          // govuk-frontend's scripts and its stylesheet are apart: the shell needs the stylesheet only, and were
          // both in one chunk, every page would fetch the scripts too. The stylesheet travels with the few lines
          // of govuk-frontend-styles.ts (the body's classes): a chunk of CSS alone loses its place before app.css,
          // since Vite lists the stylesheet of a chunk that has no JavaScript after its importer's own.
          codeSplitting: {
            groups: [
              { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'govuk-frontend', test: /[\\/]node_modules[\\/]govuk-frontend[\\/].*\.m?js$/ },
              { name: 'govuk-frontend-styles', test: /[\\/](govuk-frontend\.min\.css|govuk-frontend-styles\.ts)$/ },
              { name: 'd3', test: /[\\/]node_modules[\\/]d3-[a-z]+[\\/]/ },
              { name: 'topojson', test: /[\\/]node_modules[\\/]topojson-client[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      proxy: { '/api': 'http://127.0.0.1:3000' },
    },
  };
});
