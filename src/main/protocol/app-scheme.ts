// The custom scheme the built renderer is served from. A file:// page has an opaque origin, which
// stops module workers and leaves 'self' in the CSP meaning little; app://sourcemark is a real one.
import type { CustomScheme } from 'electron'

export const APP_SCHEME = 'app'
/** The only host the scheme answers for; any other is not found. */
export const APP_HOST = 'sourcemark'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The app's one page, as the main window loads it. */
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`

/** Registered before the app is ready; the handler that answers requests is per session. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    // Relative URLs resolve, the origin is app://sourcemark, and IndexedDB works.
    standard: true,
    // A secure context, like https.
    secure: true,
    supportFetchAPI: true,
    // The page still obeys its CSP; nothing on this scheme bypasses it.
    bypassCSP: false,
    allowServiceWorkers: false,
    // No other origin may read the app's files.
    corsEnabled: false,
    stream: false
  }
} as const satisfies CustomScheme

/** An app: URL split the way this module reads it, without the parser's normalising. */
export interface AppUrlParts {
  /** What stands between `app://` and the path: userinfo, host and port, as written. */
  authority: string
  /** The path as written: still percent-encoded, dot segments left in. Empty when absent. */
  path: string
}

// Split by hand rather than with `new URL`: Node does not know the scheme is standard, and the
// checks on the path must see what was asked for, not what a parser made of it. A backslash
// ends the authority, so `app://sourcemark\…` leaves a path that does not start with `/`.
const APP_URL = /^app:\/\/([^/?#\\]*)([^?#]*)/i

export function splitAppUrl(raw: string): AppUrlParts | null {
  const match = APP_URL.exec(raw)
  return match ? { authority: match[1], path: match[2] } : null
}
