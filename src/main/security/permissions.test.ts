import { describe, expect, it } from 'vitest'
import { isPermissionGranted, PERMISSION_ALLOWLIST } from './permissions'

const app = 'file:///opt/Sourcemark/out/renderer/index.html'
const isAppPage = (url: string | null | undefined) => url === app

describe('permissions', () => {
  it('starts with nothing allowed', () => {
    expect(PERMISSION_ALLOWLIST).toEqual([])
  })

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'hid',
    'unknown'
  ])('refuses %s, even to the app itself', (permission) => {
    expect(isPermissionGranted(permission, app, isAppPage)).toBe(false)
  })

  it('grants an allowlisted permission to the app page only', () => {
    const allowlist = ['clipboard-sanitized-write']
    expect(isPermissionGranted('clipboard-sanitized-write', app, isAppPage, allowlist)).toBe(true)
    expect(
      isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', isAppPage, allowlist)
    ).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', undefined, isAppPage, allowlist)).toBe(false)
    expect(isPermissionGranted('media', app, isAppPage, allowlist)).toBe(false)
  })
})
