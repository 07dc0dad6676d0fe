// Which URLs are the app's own page. IPC calls, the strict CSP header and in-app navigation are
// allowed for these only; everything else (a temp file being printed, a stray frame, any file://
// URL, the app's own scripts opened as a page) is foreign.
import { APP_HOST, splitAppUrl } from '../protocol/app-scheme'

export interface AppPageLocation {
  /** The dev server's URL (`ELECTRON_RENDERER_URL`) when running `electron-vite dev`. */
  devServerUrl?: string
}

/** The built app's page: app://sourcemark/index.html, or app://sourcemark/ which serves it. */
const APP_PAGE_PATHS = new Set(['', '/', '/index.html'])

export function isAppPageUrl(raw: string | null | undefined, location: AppPageLocation = {}): boolean {
  if (!raw) return false
  if (location.devServerUrl) {
    const url = parse(raw)
    const dev = parse(location.devServerUrl)
    return url !== null && dev !== null && dev.origin !== 'null' && url.origin === dev.origin
  }
  // Read as written, like the scheme handler does: query and hash are free, the path is exact.
  const url = splitAppUrl(raw)
  return url !== null && url.authority === APP_HOST && APP_PAGE_PATHS.has(url.path)
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}
