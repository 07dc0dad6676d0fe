import { describe, expect, it } from 'vitest'
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES, splitAppUrl } from './app-scheme'

describe('the app scheme', () => {
  it('is a standard, secure scheme that bypasses nothing and shares nothing', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        bypassCSP: false,
        allowServiceWorkers: false,
        corsEnabled: false,
        stream: false
      }
    })
    expect(APP_PAGE_URL).toBe('app://sourcemark/index.html')
  })

  it('splits a URL as written, leaving the path encoded and its dots in', () => {
    expect(splitAppUrl('app://sourcemark/a/%2e%2e/b?q=1#h')).toEqual({
      authority: 'sourcemark',
      path: '/a/%2e%2e/b'
    })
    expect(splitAppUrl('app://sourcemark')).toEqual({ authority: 'sourcemark', path: '' })
    expect(splitAppUrl('app://u@sourcemark:1/x')).toEqual({ authority: 'u@sourcemark:1', path: '/x' })
    expect(splitAppUrl('app://sourcemark\\..\\x')).toEqual({ authority: 'sourcemark', path: '\\..\\x' })
    expect(splitAppUrl('file:///index.html')).toBeNull()
    expect(splitAppUrl('app:index.html')).toBeNull()
  })
})
