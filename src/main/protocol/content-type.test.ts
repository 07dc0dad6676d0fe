import { describe, expect, it } from 'vitest'
import { contentTypeFor, UNKNOWN_CONTENT_TYPE } from './content-type'

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-C_e3vo0X.js', 'text/javascript; charset=utf-8'],
    ['assets/segment.worker-n4CsIRt8.js', 'text/javascript; charset=utf-8'],
    ['chunk.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index-BvwVQTZi.css', 'text/css; charset=utf-8'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['assets/index.js.map', 'application/json; charset=utf-8'],
    ['samples/kursk.txt', 'text/plain; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['fonts/SourceSerif4.woff2', 'font/woff2'],
    ['fonts/SourceSerif4.woff', 'font/woff'],
    ['fonts/SourceSerif4.ttf', 'font/ttf'],
    ['segment.wasm', 'application/wasm'],
    ['C:\\App\\out\\renderer\\INDEX.HTML', 'text/html; charset=utf-8']
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type)
  })

  it.each([
    'README',
    '.js',
    'archive.tar.gz',
    'photo.jpeg',
    'page.htm',
    'script.js.bak',
    'x.constructor',
    'x.__proto__',
    'x.toString',
    'assets.js/file',
    'dir.html\\file'
  ])('%s is served as opaque bytes', (file) => {
    expect(contentTypeFor(file)).toBe(UNKNOWN_CONTENT_TYPE)
  })
})
