// Applies the security decisions (pure functions beside this file) to Electron's sessions and
// web contents. Kept thin: every rule lives in a tested function, this file only wires it up.
import { shell, type Session, type WebContents } from 'electron'
import { withContentSecurityPolicy } from './csp'
import { decideNavigation, decideWindowOpen } from './navigation'
import { isPermissionGranted } from './permissions'

export type AppPageTest = (url: string | null | undefined) => boolean

/**
 * Permissions refused, devices refused, and the app's CSP sent with its own pages when they come
 * over http (the dev server). The app scheme sets the header itself: Electron does not promise
 * header hooks for custom schemes.
 */
export function hardenSession(session: Session, isAppPage: AppPageTest, csp: string): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl ?? contents.getURL(), isAppPage))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin, isAppPage)
  )
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType === 'mainFrame' && isAppPage(details.url)) {
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) })
    } else {
      callback({})
    }
  })
}

/** No navigation away from the app, no new windows, no <webview>; http(s) links open outside. */
export function hardenWebContents(contents: WebContents, isAppPage: AppPageTest): void {
  contents.on('will-frame-navigate', (event) => {
    const decision = decideNavigation(event.url, isAppPage)
    if (decision.allow) return
    event.preventDefault()
    if (event.isMainFrame) openExternally(decision.openExternally)
  })
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(decideWindowOpen(url).openExternally)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function openExternally(url: string | null): void {
  if (url === null) return
  shell.openExternal(url).catch((error: unknown) => {
    console.error(`Could not open ${url} in the system browser:`, error)
  })
}
