// What happens when a page tries to leave: the window never navigates away from the app and never
// opens a second window; a trusted http(s) link goes to the system browser instead.
import { trustedExternalUrl } from './trusted-url'

export type NavigationDecision =
  | { allow: true }
  | {
      allow: false
      /** The normalised URL to hand to the system browser, or null to drop the attempt. */
      openExternally: string | null
    }

export function decideNavigation(
  targetUrl: string,
  isAppPage: (url: string | null | undefined) => boolean
): NavigationDecision {
  if (isAppPage(targetUrl)) return { allow: true }
  return { allow: false, openExternally: trustedExternalUrl(targetUrl) }
}

/** `window.open` and target=_blank links: never a new app window. */
export function decideWindowOpen(targetUrl: string): NavigationDecision & { allow: false } {
  return { allow: false, openExternally: trustedExternalUrl(targetUrl) }
}
