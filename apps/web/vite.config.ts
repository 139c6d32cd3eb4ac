import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4100';

// The manifest lets scripts/check-bundle.ts measure each route's initial JavaScript.
export default defineConfig({
  plugins: [react()],
  build: {
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The workspace's pure packages (formatting, the claim schema) declare no side effects, so what
      // the browser does not use of them (their zod schemas, the engine) stays out of the bundle.
      treeshake: {
        moduleSideEffects: [{ test: /packages\/(calendar|money|warranty-rules)\/src\//, sideEffects: false }],
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': gateway, '/auth': gateway },
  },
});
