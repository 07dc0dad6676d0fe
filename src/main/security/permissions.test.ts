import { describe, expect, it } from 'vitest'
import { isAppPageUrl } from './app-page'
import { isPermissionGranted, PERMISSION_ALLOWLIST } from './permissions'

const app = 'app://sourcemark/index.html'
const isAppPage = (url: string | null | undefined) => isAppPageUrl(url)

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
    expect(
      isPermissionGranted(
        'clipboard-sanitized-write',
        'file:///opt/Sourcemark/out/renderer/index.html',
        isAppPage,
        allowlist
      )
    ).toBe(false)
    expect(isPermissionGranted('media', app, isAppPage, allowlist)).toBe(false)
  })
})
