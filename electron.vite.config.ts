import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { cspMetaPlugin } from './src/main/security/csp-meta.ts'
import { rendererCodeSplitting } from './scripts/first-load.ts'

const shared = resolve(__dirname, 'src/shared')

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } }
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      // Sandboxed preloads cannot be ES modules, and the package is "type": "module".
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    resolve: {
      alias: {
        '@renderer': resolve(__dirname, 'src/renderer/src'),
        '@shared': shared
      }
    },
    // Only the desktop's platform adapter is built in (src/renderer/src/platform/index.ts).
    define: { 'import.meta.env.SOURCEMARK_SHELL': JSON.stringify('desktop') },
    plugins: [react(), cspMetaPlugin()],
    worker: { format: 'es' },
    // What the window loads at once is one chunk, as in the browser shell (scripts/first-load.ts).
    build: { rolldownOptions: { output: { codeSplitting: rendererCodeSplitting } } }
  }
})
