// Every permission a page may ask for (camera, notifications, geolocation, clipboard reads, …) is
// refused unless it is listed here. Sourcemark works on local text and needs none of them.

/**
 * Permissions granted to the app's own page. Empty on purpose; each entry added later gets a
 * comment saying which feature needs it. (If the renderer ever copies through
 * `navigator.clipboard.writeText`, 'clipboard-sanitized-write' is the entry it needs.)
 */
export const PERMISSION_ALLOWLIST: readonly string[] = []

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | null | undefined,
  isAppPage: (url: string | null | undefined) => boolean,
  allowlist: readonly string[] = PERMISSION_ALLOWLIST
): boolean {
  return allowlist.includes(permission) && isAppPage(requestingUrl)
}
