import { describe, expect, it } from 'vitest'
import { mainWindowOptions, printWindowOptions } from './window-options'

describe('window options', () => {
  it('isolates the main window and gives it the preload', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs')
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs'
    })
  })

  it('opens hidden at 1280×800, never smaller than 900×600, titled Sourcemark', () => {
    expect(mainWindowOptions('/p', '/icon.png')).toMatchObject({
      title: 'Sourcemark',
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      show: false,
      icon: '/icon.png'
    })
    expect(mainWindowOptions('/p')).not.toHaveProperty('icon')
  })

  it('prints in a hidden, sandboxed window without scripts or preload, in its own session', () => {
    const options = printWindowOptions('sourcemark-print')
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: 'sourcemark-print'
    })
    expect(options.webPreferences).not.toHaveProperty('preload')
    expect(options.webPreferences?.partition?.startsWith('persist:')).toBe(false)
  })
})
