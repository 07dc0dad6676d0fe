import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_APP_URL_LENGTH, resolveAppRequest } from './resolve-request'

const root = '/opt/Sourcemark/out/renderer'
const winRoot = 'C:\\Program Files\\Sourcemark\\out\\renderer'

function served(url: string, base = root, platform = path.posix): string {
  const target = resolveAppRequest(url, base, platform)
  if (!target.ok) throw new Error(`${url} was refused: ${target.status} ${target.reason}`)
  return target.filePath
}

function status(url: string, base = root, platform = path.posix): number {
  const target = resolveAppRequest(url, base, platform)
  return target.ok ? 200 : target.status
}

describe('resolveAppRequest: what the page loads', () => {
  it('serves index.html for the bare origin and for /', () => {
    expect(served('app://sourcemark')).toBe(`${root}/index.html`)
    expect(served('app://sourcemark/')).toBe(`${root}/index.html`)
    expect(served('app://sourcemark/index.html')).toBe(`${root}/index.html`)
  })

  it('serves the built assets with their content types', () => {
    expect(resolveAppRequest('app://sourcemark/assets/index-C_e3vo0X.js', root, path.posix)).toEqual({
      ok: true,
      filePath: `${root}/assets/index-C_e3vo0X.js`,
      contentType: 'text/javascript; charset=utf-8'
    })
    expect(served('app://sourcemark/assets/segment.worker-n4CsIRt8.js')).toBe(
      `${root}/assets/segment.worker-n4CsIRt8.js`
    )
    const css = resolveAppRequest('app://sourcemark/assets/index-BvwVQTZi.css', root, path.posix)
    expect(css.ok && css.contentType).toBe('text/css; charset=utf-8')
  })

  it('ignores the query and the hash', () => {
    expect(served('app://sourcemark/index.html?brief=2#/article/7')).toBe(`${root}/index.html`)
    expect(served('app://sourcemark/?x=../../etc/passwd')).toBe(`${root}/index.html`)
    expect(served('app://sourcemark/#/../../etc/passwd')).toBe(`${root}/index.html`)
    expect(served('app://sourcemark/assets/a.js#..%2f..%2fsecret')).toBe(`${root}/assets/a.js`)
  })

  it('decodes percent-encoding once, per segment', () => {
    expect(served('app://sourcemark/fonts/Source%20Serif%204.woff2')).toBe(
      `${root}/fonts/Source Serif 4.woff2`
    )
    expect(served('app://sourcemark/samples/%D0%9A%D1%83%D1%80%D1%81%D0%BA.txt')).toBe(
      `${root}/samples/Курск.txt`
    )
    // Twice-encoded dots stay a harmless, missing file named `%2e%2e`, never `..`.
    expect(served('app://sourcemark/%252e%252e/%252e%252e/etc/passwd')).toBe(
      `${root}/%2e%2e/%2e%2e/etc/passwd`
    )
    expect(served('app://sourcemark/assets%252fx.js')).toBe(`${root}/assets%2fx.js`)
  })

  it('accepts the scheme in any case, as Chromium does', () => {
    expect(served('APP://sourcemark/index.html')).toBe(`${root}/index.html`)
  })

  it('works with Windows paths, a root with a trailing separator included', () => {
    expect(served('app://sourcemark/assets/a.js', winRoot, path.win32)).toBe(`${winRoot}\\assets\\a.js`)
    expect(served('app://sourcemark/', 'C:\\', path.win32)).toBe('C:\\index.html')
    expect(served('app://sourcemark/a.js', '/', path.posix)).toBe('/a.js')
  })
})

describe('resolveAppRequest: refusals', () => {
  it.each([
    ['app://evil.example/index.html', 404],
    ['app://sourcemark.evil.example/index.html', 404],
    ['app://sourcemark./index.html', 404],
    ['app://SOURCEMARK/index.html', 404],
    ['app://sourcemark:443/index.html', 404],
    ['app://user@sourcemark/index.html', 404],
    ['app://evil@sourcemark/index.html', 404],
    ['app://sourcemark@evil/index.html', 404],
    ['app:///index.html', 404],
    ['app:/sourcemark/index.html', 400],
    ['app:sourcemark/index.html', 400],
    ['file:///opt/Sourcemark/out/renderer/index.html', 400],
    ['https://sourcemark/index.html', 400],
    [' app://sourcemark/index.html', 400],
    ['', 400]
  ])('%j is not ours (%i)', (url, expected) => {
    expect(status(url)).toBe(expected)
  })

  it.each([
    'app://sourcemark/../../../etc/passwd',
    'app://sourcemark/assets/../../secret',
    'app://sourcemark/./index.html',
    'app://sourcemark/%2e%2e/%2e%2e/etc/passwd',
    'app://sourcemark/%2E%2E/secret',
    'app://sourcemark/.%2e/secret',
    'app://sourcemark/%2e./secret',
    'app://sourcemark/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://sourcemark/..%2f..%2fetc%2fpasswd',
    'app://sourcemark/assets%2f..%2f..%2fsecret',
    'app://sourcemark/%2fetc%2fpasswd',
    'app://sourcemark/..%5c..%5cwindows%5cwin.ini',
    'app://sourcemark/%5cwindows%5cwin.ini',
    'app://sourcemark/assets\\..\\..\\secret',
    'app://sourcemark\\..\\secret',
    'app://sourcemark//etc/passwd',
    'app://sourcemark///etc/passwd',
    'app://sourcemark/assets//a.js',
    'app://sourcemark/C:/Windows/win.ini',
    'app://sourcemark/C%3A/Windows/win.ini',
    'app://sourcemark/c:%5cWindows%5cwin.ini',
    'app://sourcemark/index.html::$DATA',
    'app://sourcemark/.env',
    'app://sourcemark/.git/config',
    'app://sourcemark/index.html.',
    'app://sourcemark/index.html%20',
    'app://sourcemark/CON',
    'app://sourcemark/assets/nul.txt',
    'app://sourcemark/com1.js',
    'app://sourcemark/LPT1'
  ])('refuses %j as an attempt to leave or alias (403)', (url) => {
    expect(status(url)).toBe(403)
    expect(status(url, winRoot, path.win32)).toBe(403)
  })

  it.each([
    'app://sourcemark/index.html%00.png',
    'app://sourcemark/%00',
    'app://sourcemark/a%0a.js',
    'app://sourcemark/a%7f.js',
    'app://sourcemark/%',
    'app://sourcemark/%zz',
    'app://sourcemark/%e0%a4%a',
    'app://sourcemark/%c0%ae%c0%ae/secret',
    'app://sourcemark/%ff',
    `app://sourcemark/${'a'.repeat(MAX_APP_URL_LENGTH)}.js`
  ])('refuses %j as malformed (400)', (url) => {
    expect(status(url)).toBe(400)
  })

  it('serves no folder', () => {
    expect(status('app://sourcemark/assets/')).toBe(404)
    expect(status('app://sourcemark/assets/?x')).toBe(404)
  })

  it('says why without naming a path on disk', () => {
    const target = resolveAppRequest('app://sourcemark/../../etc/passwd', root, path.posix)
    expect(target).toEqual({ ok: false, status: 403, reason: 'dot segment in the path' })
  })

  it('never names a file outside the root, whatever it is asked', () => {
    const attempts = ['..', '%2e%2e', '%2E.', '.', '%2f', '%5c', '\\', 'C:', '%00', '', 'etc', 'a%2f..']
    for (const a of attempts) {
      for (const b of attempts) {
        for (const [base, platform] of [
          [root, path.posix],
          [winRoot, path.win32]
        ] as const) {
          const target = resolveAppRequest(`app://sourcemark/${a}/${b}/x`, base, platform)
          if (target.ok) expect(target.filePath.startsWith(base + platform.sep)).toBe(true)
        }
      }
    }
  })
})
