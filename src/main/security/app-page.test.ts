import { describe, expect, it } from 'vitest'
import { isAppPageUrl } from './app-page'

const built = {}
const dev = { devServerUrl: 'http://localhost:5173/' }

describe('isAppPageUrl', () => {
  it('accepts the app page, with any hash or query', () => {
    expect(isAppPageUrl('app://sourcemark/index.html', built)).toBe(true)
    expect(isAppPageUrl('app://sourcemark/', built)).toBe(true)
    expect(isAppPageUrl('app://sourcemark', built)).toBe(true)
    expect(isAppPageUrl('app://sourcemark/index.html#/article/1', built)).toBe(true)
    expect(isAppPageUrl('app://sourcemark/index.html?brief=2', built)).toBe(true)
    expect(isAppPageUrl('app://sourcemark/#/brief', built)).toBe(true)
    expect(isAppPageUrl('app://sourcemark/index.html')).toBe(true)
  })

  it.each([
    // Any file: URL is foreign now, the built index.html included.
    'file:///opt/Sourcemark/out/renderer/index.html',
    'file:///tmp/sourcemark-print-x/brief.html',
    // The app's other files are not pages.
    'app://sourcemark/assets/index-C_e3vo0X.js',
    'app://sourcemark/assets/segment.worker-n4CsIRt8.js',
    'app://sourcemark/other.html',
    'app://sourcemark/index.htm',
    'app://sourcemark/index.html/',
    'app://sourcemark//index.html',
    'app://sourcemark/./index.html',
    'app://sourcemark/assets/../index.html',
    'app://sourcemark/%69ndex.html',
    'app://sourcemark/index.html/../../../etc/passwd',
    'app://sourcemark\\index.html',
    // Other hosts, ports and userinfo.
    'app://evil.example/index.html',
    'app://sourcemark.evil.example/index.html',
    'app://sourcemark:8080/index.html',
    'app://evil@sourcemark/index.html',
    'app://sourcemark@evil.example/index.html',
    'app:///index.html',
    'app:index.html',
    'https://sourcemark/index.html',
    'https://evil.example/index.html',
    'http://localhost:5173/',
    'data:text/html,<p>hi',
    'about:blank',
    'not a url',
    '',
    null,
    undefined
  ])('refuses %j in the built app', (url) => {
    expect(isAppPageUrl(url, built)).toBe(false)
  })

  it('accepts the dev server origin only while developing', () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppPageUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppPageUrl('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isAppPageUrl('file:///opt/Sourcemark/out/renderer/index.html', dev)).toBe(false)
    // While developing, the page is the dev server's; the app scheme is not served at all.
    expect(isAppPageUrl('app://sourcemark/index.html', dev)).toBe(false)
  })
})
