/**
 * Builds the tab (index.html → dist/). The shell is the only eagerly loaded code; each feature
 * route, and the heavy exporters (exceljs, docx, adaptivecards), arrive as lazy chunks so the
 * first paint in a Teams iframe stays small (target ≤ 250 KB gzip initial JS; `npm run bench` measures it).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs so the same build works at any path the server or a CDN puts it under.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The bench reads the manifest to sum the entry chunk and its static imports.
    manifest: true,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev:tab` against a running local server (`npm run dev`): API calls go to it.
    proxy: {
      '/graph': 'http://127.0.0.1:53000',
      '/_local': 'http://127.0.0.1:53000',
      '/_api': 'http://127.0.0.1:53000',
    },
  },
});
