// Decides whether a URL from the renderer (a link in an article, a source's web page) may be handed
// to the system browser. Only plain http(s) URLs pass; the answer is the normalised URL to open,
// never the raw string, so what the browser receives is exactly what was checked.

/** Longer than any real article link; long enough to hide a misleading host far off screen. */
export const MAX_EXTERNAL_URL_CHARS = 2048

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:'])

/** Returns the normalised URL to open, or null when it must not be opened. */
export function trustedExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  if (raw.length === 0 || raw.length > MAX_EXTERNAL_URL_CHARS) return null
  // The URL parser strips or tolerates these silently; a link that needs them is not a plain link.
  if (/[\s\p{Cc}\p{Cf}\\]/u.test(raw)) return null
  // `http:evil.example`, `http:/evil.example` and `http:///evil.example` all parse as
  // http://evil.example/: insist on exactly two slashes before the host.
  if (!/^https?:\/\/[^/]/i.test(raw)) return null

  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null
  if (url.hostname === '') return null
  // `https://trusted.example@evil.example/` shows one host and opens another. The raw authority
  // is checked too: the parser drops an empty `:@` without a trace.
  if (url.username !== '' || url.password !== '' || authority(raw).includes('@')) return null
  if (url.href.length > MAX_EXTERNAL_URL_CHARS) return null
  return url.href
}

function authority(raw: string): string {
  const rest = raw.slice(raw.indexOf('//') + 2)
  const end = rest.search(/[/?#]/)
  return end === -1 ? rest : rest.slice(0, end)
}

export function isTrustedExternalUrl(raw: unknown): boolean {
  return trustedExternalUrl(raw) !== null
}
