// Which URLs are the app's own page. IPC calls, the strict CSP header and in-app navigation are
// allowed for these only; everything else (a temp file being printed, a stray frame) is foreign.

export interface AppPageLocation {
  /** The dev server's URL (`ELECTRON_RENDERER_URL`) when running `electron-vite dev`. */
  devServerUrl?: string
  /** The built renderer's index.html as a `file:` URL. */
  rendererFileUrl: string
}

export function isAppPageUrl(raw: string | null | undefined, location: AppPageLocation): boolean {
  if (!raw) return false
  const url = parse(raw)
  if (!url) return false
  if (location.devServerUrl) {
    const dev = parse(location.devServerUrl)
    return dev !== null && dev.origin !== 'null' && url.origin === dev.origin
  }
  const page = parse(location.rendererFileUrl)
  // file: URLs have an opaque origin, so compare the exact file instead; query and hash are free.
  return page !== null && url.protocol === 'file:' && url.host === page.host && url.pathname === page.pathname
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}
