import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// In development the Express/Apollo service runs on its own (PORT, default
// 4000); the dashboard reaches it through the same same-origin paths it uses
// in production, where Express serves dist/client itself.
const apiServer = 'http://localhost:4000';
const proxiedPaths = ['/graphql', '/healthz', '/api'];
const proxy = Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiServer }]));

export default defineConfig({
  root: fromHere('./client/'),
  build: {
    outDir: fromHere('./dist/client/'),
    emptyOutDir: true,
    // The GraphQL IDE page bundles React, GraphiQL and CodeMirror (~1 MB, by
    // design: it must work offline). The dashboard bundle is far below this.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React libraries mark modules "use client" for server-component
        // bundlers; in a browser-only bundle the directive means nothing.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      // Two pages: the dashboard and the GraphQL IDE (kept apart so the
      // dashboard never downloads React and GraphiQL).
      input: {
        dashboard: fromHere('./client/index.html'),
        graphiql: fromHere('./client/graphiql.html'),
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
