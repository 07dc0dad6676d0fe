import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import react from '@vitejs/plugin-react'
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.ts'

const alias = {
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
  '@shared': resolve(import.meta.dirname, 'src/shared')
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'scripts/**/*.test.ts']
        }
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'browser',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs }
            }),
            instances: [{ browser: 'chromium' }]
          }
        }
      }
    ]
  }
})
