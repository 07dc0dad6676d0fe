import { describe, expect, it } from 'vitest'
import { isTrustedExternalUrl, MAX_EXTERNAL_URL_CHARS, trustedExternalUrl } from './trusted-url'

describe('trustedExternalUrl', () => {
  it.each([
    [
      'https://edition.cnn.com/2025/01/31/europe/north-korea-troops-kursk-intl',
      'https://edition.cnn.com/2025/01/31/europe/north-korea-troops-kursk-intl'
    ],
    [
      'http://understandingwar.org/backgrounder?id=1#top',
      'http://understandingwar.org/backgrounder?id=1#top'
    ],
    ['HTTPS://WWW.REGERINGEN.SE/Pressmeddelanden', 'https://www.regeringen.se/Pressmeddelanden'],
    ['https://example.org:8443/a', 'https://example.org:8443/a'],
    ['https://de.wikipedia.org/wiki/Kursk_(Stadt)', 'https://de.wikipedia.org/wiki/Kursk_(Stadt)'],
    [
      'https://uk.wikipedia.org/wiki/Курськ',
      'https://uk.wikipedia.org/wiki/%D0%9A%D1%83%D1%80%D1%81%D1%8C%D0%BA'
    ],
    // A look-alike host reaches the browser in punycode, where it no longer looks alike.
    ['https://аpple.com/', 'https://xn--pple-43d.com/']
  ])('opens %s as %s', (raw, expected) => {
    expect(trustedExternalUrl(raw)).toBe(expected)
  })

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.domain)'],
    ['java\tscript:alert(1)'],
    ['javascript://example.com/%0Aalert(1)'],
    ['file:///etc/passwd'],
    ['FILE:///C:/Windows/System32/calc.exe'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['blob:https://example.com/uuid'],
    ['ftp://example.com/file'],
    ['smb://attacker.example/share'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['search-ms:query=calc&crumb=location:\\\\attacker.example'],
    ['mailto:analyst@example.com'],
    ['chrome://settings'],
    ['about:blank'],
    // The parser treats a backslash as a slash and repairs missing slashes: not a plain link.
    ['http:\\\\evil.example'],
    ['https:\\\\evil.example\\path'],
    ['http:evil.example'],
    ['http:/evil.example'],
    ['https:///evil.example'],
    ['//evil.example/path'],
    ['evil.example'],
    ['/relative/path'],
    // Whitespace and control characters the parser would strip or tolerate.
    [' https://example.com'],
    ['https://example.com '],
    ['\nhttps://example.com'],
    ['https://exa\tmple.com'],
    ['https://example.com/\u0000'],
    ['\u0000javascript:alert(1)'],
    ['https://example.com/\u202Egnp.exe'],
    ['https://exam\u200Bple.com'],
    // Credentials make the visible host a lie.
    ['https://www.cnn.com@evil.example/'],
    ['https://user:pass@example.com/'],
    ['https://:@example.com/'],
    ['http://'],
    ['https://'],
    ['https://exa mple.com'],
    ['https://[::1'],
    ['']
  ])('refuses %j', (raw) => {
    expect(trustedExternalUrl(raw)).toBeNull()
    expect(isTrustedExternalUrl(raw)).toBe(false)
  })

  it('refuses values that are not strings', () => {
    for (const value of [
      undefined,
      null,
      42,
      { href: 'https://example.com' },
      new URL('https://example.com')
    ]) {
      expect(trustedExternalUrl(value)).toBeNull()
    }
  })

  it('refuses very long URLs but accepts one at the limit', () => {
    const prefix = 'https://example.com/'
    expect(trustedExternalUrl(prefix + 'a'.repeat(MAX_EXTERNAL_URL_CHARS - prefix.length))).not.toBeNull()
    expect(trustedExternalUrl(prefix + 'a'.repeat(MAX_EXTERNAL_URL_CHARS - prefix.length + 1))).toBeNull()
    // Percent-encoding may lengthen a URL past the limit: the normalised form is what counts.
    expect(trustedExternalUrl(prefix + 'ж'.repeat(MAX_EXTERNAL_URL_CHARS - prefix.length))).toBeNull()
  })
})
