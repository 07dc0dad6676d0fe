// The browser shell: the same renderer, built as static files and served on localhost, under the
// same Content-Security-Policy as the desktop app (header, and the meta tag the build writes).
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { appSecurityHeaders, buildContentSecurityPolicy } from './src/main/security/csp.ts'
import { cspMetaPlugin } from './src/main/security/csp-meta.ts'
import { rendererCodeSplitting } from './scripts/first-load.ts'

const headers = appSecurityHeaders(buildContentSecurityPolicy())

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  resolve: {
    alias: {
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
      '@shared': resolve(import.meta.dirname, 'src/shared')
    }
  },
  // Only the browser's platform adapter is built in (src/renderer/src/platform/index.ts).
  define: { 'import.meta.env.SOURCEMARK_SHELL': JSON.stringify('browser') },
  plugins: [react(), cspMetaPlugin()],
  worker: { format: 'es' },
  // The manifest says which chunks index.html loads at once: the first-load budget is checked on it.
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    manifest: true,
    rolldownOptions: { output: { codeSplitting: rendererCodeSplitting } }
  },
  // Not the dev server: its React Refresh preamble is an inline script the policy forbids, and it
  // stands before the meta tag, so only a header would block it.
  server: { headers: { 'X-Content-Type-Options': headers['X-Content-Type-Options'] } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers }
})
