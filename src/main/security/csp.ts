// The app's one Content-Security-Policy: main sends it with the app's own pages, the browser
// shell's server sends it too, and the build writes it into index.html as a meta tag. Scripts come
// only from the app's own files: no eval, no inline. Pure, so build configs can import it.

export type CspDirectives = Record<string, readonly string[]>

export interface CspOptions {
  /** In `electron-vite dev`, the dev server's URL: its WebSocket carries hot updates. */
  devServerUrl?: string
}

export function appCspDirectives(options: CspOptions = {}): CspDirectives {
  const connect = ["'self'"]
  if (options.devServerUrl) {
    const dev = new URL(options.devServerUrl)
    connect.push(`${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`)
  }
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    // Workers (import parsing runs off the UI thread) are bundled files; blob: for libraries that spawn from a Blob.
    'worker-src': ["'self'", 'blob:'],
    // The UI library sets styles through style attributes and injected <style> elements.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': connect,
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"]
  }
}

/**
 * The policy for a brief rendered to PDF: its HTML arrives from the renderer and may quote
 * imported text, so it may load nothing at all except inline styles and data: images and fonts.
 */
export function printCspDirectives(): CspDirectives {
  return {
    'default-src': ["'none'"],
    'style-src': ["'unsafe-inline'"],
    'img-src': ['data:'],
    'font-src': ['data:'],
    'base-uri': ["'none'"],
    'form-action': ["'none'"]
  }
}

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  return serializeCsp(appCspDirectives(options))
}

/**
 * Directives a policy in a `<meta>` element cannot carry: browsers ignore them there (CSP3 §4.2).
 * Framing is refused by the header alone, which every host of the app sends.
 */
export const META_UNSUPPORTED_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox']

/** The app policy as index.html's meta tag carries it: all of it a meta element can. */
export function metaContentSecurityPolicy(options: CspOptions = {}): string {
  const directives = Object.entries(appCspDirectives(options)).filter(
    ([name]) => !META_UNSUPPORTED_DIRECTIVES.includes(name)
  )
  return serializeCsp(Object.fromEntries(directives))
}

/** The headers every host sends with the app's files: its policy, and no MIME sniffing. */
export function appSecurityHeaders(policy: string): Record<string, string> {
  return { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' }
}

/** Response headers with any CSP the response carried replaced by `policy`. */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  policy: string
): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (/^content-security-policy(-report-only)?$/i.test(name)) continue
    result[name] = Array.isArray(value) ? value : [value]
  }
  result['Content-Security-Policy'] = [policy]
  return result
}
