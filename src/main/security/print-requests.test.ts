import { describe, expect, it } from 'vitest'
import { isPrintRequestAllowed } from './print-requests'

const brief = 'file:///tmp/sourcemark-print-abc/brief.html'
const allowed = new Set([brief])

describe('isPrintRequestAllowed', () => {
  it('allows the brief being printed and data: URLs in it', () => {
    expect(isPrintRequestAllowed(brief, allowed)).toBe(true)
    expect(isPrintRequestAllowed(`${brief}#section-2`, allowed)).toBe(true)
    expect(isPrintRequestAllowed('data:image/png;base64,iVBORw0KGgo=', allowed)).toBe(true)
    expect(isPrintRequestAllowed('data:font/woff2;base64,d09GMgAB', allowed)).toBe(true)
  })

  it.each([
    'file:///tmp/sourcemark-print-abc/other.html',
    'file:///home/analyst/.ssh/id_ed25519',
    'file:///tmp/sourcemark-print-abc/../../etc/passwd',
    'https://tracker.example/pixel.gif',
    'http://169.254.169.254/latest/meta-data/',
    'ws://localhost:1234',
    'blob:null/1234',
    // The print session has no handler for the app scheme; its requests are cancelled as well.
    'app://sourcemark/index.html',
    'app://sourcemark/assets/index.js',
    'not a url'
  ])('cancels %j', (url) => {
    expect(isPrintRequestAllowed(url, allowed)).toBe(false)
  })
})
