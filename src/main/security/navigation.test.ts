import { describe, expect, it } from 'vitest'
import { isAppPageUrl } from './app-page'
import { decideNavigation, decideWindowOpen } from './navigation'

const app = 'app://sourcemark/index.html'
const isAppPage = (url: string | null | undefined) => isAppPageUrl(url)

describe('decideNavigation', () => {
  it('allows moving within the app page', () => {
    expect(decideNavigation(`${app}#/brief`, isAppPage)).toEqual({ allow: true })
    expect(decideNavigation('app://sourcemark/', isAppPage)).toEqual({ allow: true })
  })

  it('keeps the window on the app and sends an http(s) link to the system browser', () => {
    expect(decideNavigation('https://edition.cnn.com/', isAppPage)).toEqual({
      allow: false,
      openExternally: 'https://edition.cnn.com/'
    })
  })

  it.each([
    // The app is one page: its scripts, other hosts on the scheme and the old file: page are foreign.
    'app://sourcemark/assets/index-C_e3vo0X.js',
    'app://sourcemark/other.html',
    'app://elsewhere/index.html',
    'file:///opt/Sourcemark/out/renderer/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,x',
    'http:\\\\evil.example',
    'about:blank'
  ])('drops a navigation to %j without opening anything', (url) => {
    expect(decideNavigation(url, isAppPage)).toEqual({ allow: false, openExternally: null })
  })
})

describe('decideWindowOpen', () => {
  it('never opens an app window, even for the app page itself', () => {
    expect(decideWindowOpen(app)).toEqual({ allow: false, openExternally: null })
    expect(decideWindowOpen('app://sourcemark/').openExternally).toBeNull()
  })

  it('opens trusted links outside, refuses the rest', () => {
    expect(decideWindowOpen('https://www.regeringen.se/').openExternally).toBe('https://www.regeringen.se/')
    expect(decideWindowOpen('file:///C:/Windows/calc.exe').openExternally).toBeNull()
    expect(decideWindowOpen('https://a@evil.example/').openExternally).toBeNull()
  })
})
