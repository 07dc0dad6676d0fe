import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appPaths, devServerUrl, userDataOverride } from './app-paths'

describe('appPaths', () => {
  it('finds the preload and renderer beside the main bundle', () => {
    const paths = appPaths(join('/app', 'out', 'main'))
    expect(paths.preload).toBe(join('/app', 'out', 'preload', 'index.cjs'))
    expect(paths.rendererRoot).toBe(join('/app', 'out', 'renderer'))
    expect(paths.icon).toBe(join('/app', 'resources', 'icon.png'))
  })
})

describe('userDataOverride', () => {
  it('honours an absolute SOURCEMARK_USER_DATA only', () => {
    expect(userDataOverride({ SOURCEMARK_USER_DATA: '/tmp/sourcemark-e2e-1' })).toBe('/tmp/sourcemark-e2e-1')
    expect(userDataOverride({ SOURCEMARK_USER_DATA: 'profile' })).toBeNull()
    expect(userDataOverride({ SOURCEMARK_USER_DATA: '' })).toBeNull()
    expect(userDataOverride({})).toBeNull()
  })
})

describe('devServerUrl', () => {
  it('uses the local dev server while developing', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe(
      'http://localhost:5173'
    )
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe(
      'http://127.0.0.1:5173/'
    )
  })

  it('ignores it in a packaged app, or when it points off this machine', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost.evil.example/' }, false)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeUndefined()
    expect(devServerUrl({}, false)).toBeUndefined()
  })
})
