// The Content-Type of each file the app serves, by extension and never by sniffing: module
// scripts and workers load only as JavaScript, and a stray file is never taken for a page.

const CONTENT_TYPES = new Map<string, string>([
  ['html', 'text/html; charset=utf-8'],
  ['js', 'text/javascript; charset=utf-8'],
  ['mjs', 'text/javascript; charset=utf-8'],
  ['css', 'text/css; charset=utf-8'],
  ['json', 'application/json; charset=utf-8'],
  ['map', 'application/json; charset=utf-8'],
  ['txt', 'text/plain; charset=utf-8'],
  ['svg', 'image/svg+xml'],
  ['png', 'image/png'],
  ['woff2', 'font/woff2'],
  ['woff', 'font/woff'],
  ['ttf', 'font/ttf'],
  ['wasm', 'application/wasm']
])

export const UNKNOWN_CONTENT_TYPE = 'application/octet-stream'

/** `fileName` may be a bare name or a path; only what follows its last dot counts. */
export function contentTypeFor(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return UNKNOWN_CONTENT_TYPE
  return CONTENT_TYPES.get(base.slice(dot + 1).toLowerCase()) ?? UNKNOWN_CONTENT_TYPE
}
