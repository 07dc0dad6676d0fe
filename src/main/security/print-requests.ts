// The hidden print window may read exactly one thing from disk, the brief it is printing, plus
// data: URLs inlined in it. Every other request (network, other files) is cancelled.

export function isPrintRequestAllowed(raw: string, allowedFileUrls: ReadonlySet<string>): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'data:') return true
  if (url.protocol !== 'file:') return false
  url.hash = ''
  url.search = ''
  return allowedFileUrls.has(url.href)
}
