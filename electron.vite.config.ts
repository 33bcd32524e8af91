import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** KYC_DESK_OUT lets parallel builds (several test runs at once) use separate folders. */
const out = process.env.KYC_DESK_OUT ?? 'out';

export default defineConfig({
  main: {
    // The package's Node entry require()s every language file at run time, which a bundle lacks;
    // its plain entry takes registered locales only (src/shared/reference/countries.ts registers en).
    resolve: {
      alias: [{ find: /^i18n-iso-countries$/, replacement: resolve('node_modules/i18n-iso-countries/index.js') }],
    },
    build: {
      outDir: `${out}/main`,
      // Bundled, not required at run time: it imports JSON, which Node's ESM loader refuses bare.
      externalizeDeps: { exclude: ['i18n-iso-countries'] },
      // Worker threads, found by src/main/jobs/worker-location.ts: background jobs, the
      // import's row validators, and the thread that reads documents.
      rollupOptions: {
        input: {
          index: resolve('electron/main.ts'),
          'jobs-worker': resolve('src/main/jobs/worker.ts'),
          'import-validator': resolve('src/main/imports/validate-worker.ts'),
          'document-reader': resolve('src/main/document-reading/reading-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: {
      outDir: resolve(out, 'renderer'),
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
