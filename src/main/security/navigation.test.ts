import { describe, expect, it } from 'vitest'
import { decideNavigation, decideWindowOpen } from './navigation'

const app = 'file:///opt/Sourcemark/out/renderer/index.html'
const isAppPage = (url: string | null | undefined) => !!url && url.split('#')[0] === app

describe('decideNavigation', () => {
  it('allows moving within the app page', () => {
    expect(decideNavigation(`${app}#/brief`, isAppPage)).toEqual({ allow: true })
  })

  it('keeps the window on the app and sends an http(s) link to the system browser', () => {
    expect(decideNavigation('https://edition.cnn.com/', isAppPage)).toEqual({
      allow: false,
      openExternally: 'https://edition.cnn.com/'
    })
  })

  it.each([
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
  })

  it('opens trusted links outside, refuses the rest', () => {
    expect(decideWindowOpen('https://www.regeringen.se/').openExternally).toBe('https://www.regeringen.se/')
    expect(decideWindowOpen('file:///C:/Windows/calc.exe').openExternally).toBeNull()
    expect(decideWindowOpen('https://a@evil.example/').openExternally).toBeNull()
  })
})
