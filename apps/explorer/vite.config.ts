/**
 * Vite config for the explorer. Workers are ES modules (the build worker imports core, which is ESM TypeScript);
 * the NLP model is only reachable from the build worker, so it is split into the worker's chunk.
 * In dev, Vite injects <style> tags and talks to its HMR websocket, so the CSP is relaxed for `vite` (serve) only.
 */
import { defineConfig, type Plugin } from 'vite';

const NO_SIDE_EFFECTS = /[\\/](packages[\\/]core[\\/]src|wink-nlp|wink-eng-lite-web-model|world-countries)[\\/]/;

function devCsp(): Plugin {
  return {
    name: 'entente-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  };
}

export default defineConfig({
  base: './',
  // One tsconfig for every file, core's sources included: transforms then do not depend on the workspace's
  // project references being complete.
  tsconfig: './tsconfig.json',
  plugins: [devCsp()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The build worker carries wink's English model (~3 MB); that is expected, not a warning.
    chunkSizeWarningLimit: 6000,
    // An inline <script> for module preloading would violate the CSP.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Core's modules and the NLP packages have no import-time side effects (core creates its wink instance lazily),
      // so what the page does not call can be dropped: the model and the knowledge base stay in the worker's chunk.
      treeshake: { moduleSideEffects: (id: string) => !NO_SIDE_EFFECTS.test(id) },
    },
  },
});
