// Maps a request on the app scheme to a file inside the built renderer folder, or refuses it.
// Pure, so every way of asking for a file outside that folder is tested without a window.
import nodePath, { type PlatformPath } from 'node:path'
import { isWindowsDeviceName } from '@shared/files/file-name'
import { APP_HOST, splitAppUrl } from './app-scheme'
import { contentTypeFor } from './content-type'

export type AppRequestTarget =
  | {
      ok: true
      /** Absolute, and inside the root. */
      filePath: string
      contentType: string
    }
  | {
      ok: false
      /** 400 malformed, 403 a path that tries to leave or alias, 404 nothing there to serve. */
      status: 400 | 403 | 404
      /** Says why in a few words; names no path on disk. */
      reason: string
    }

/** Far beyond any asset name the build makes; a longer URL is not one of ours. */
export const MAX_APP_URL_LENGTH = 2048

const INDEX_FILE = 'index.html'

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

/**
 * `root` is the built renderer folder. `path` is Node's path module for the platform the app runs
 * on; tests pass `path.win32` or `path.posix` to check both.
 */
export function resolveAppRequest(
  rawUrl: string,
  root: string,
  path: PlatformPath = nodePath
): AppRequestTarget {
  if (rawUrl.length > MAX_APP_URL_LENGTH) return refuse(400, 'the address is too long')
  const url = splitAppUrl(rawUrl)
  if (!url) return refuse(400, 'not an app: address')
  // Userinfo, a port or any other host: the scheme serves nothing there.
  if (url.authority !== APP_HOST) return refuse(404, 'no such host')
  if (url.path === '' || url.path === '/') return inside(root, [INDEX_FILE], path)
  if (!url.path.startsWith('/')) return refuse(403, 'the path does not start with /')

  const rawSegments = url.path.slice(1).split('/')
  if (rawSegments[rawSegments.length - 1] === '') return refuse(404, 'folders are not served')
  const segments: string[] = []
  for (const raw of rawSegments) {
    if (raw === '') return refuse(403, 'empty path segment')
    // Chromium turns `\` into `/` on a standard scheme; one that gets this far was smuggled in.
    if (raw.includes('\\')) return refuse(403, 'backslash in the path')
    let segment: string
    try {
      // Decoded once, segment by segment: `%2f` cannot become a separator, and `%252e` stays `%2e`.
      segment = decodeURIComponent(raw)
    } catch {
      return refuse(400, 'malformed percent-encoding')
    }
    const problem = segmentProblem(segment)
    if (problem) return problem
    segments.push(segment)
  }
  return inside(root, segments, path)
}

function segmentProblem(segment: string): AppRequestTarget | null {
  if (CONTROL_CHARACTER.test(segment)) return refuse(400, 'control character in the path')
  if (segment.includes('/') || segment.includes('\\')) return refuse(403, 'encoded separator in the path')
  // `.`, `..` and hidden files alike; the build makes no file whose name starts with a dot.
  if (segment.startsWith('.')) return refuse(403, 'dot segment in the path')
  // Drive letters (`C:`), NTFS streams (`index.html::$DATA`), anything scheme-like.
  if (segment.includes(':')) return refuse(403, 'colon in the path')
  // Windows drops a trailing dot or space, so `index.html.` would alias `index.html`.
  if (segment.endsWith('.') || segment.endsWith(' ')) return refuse(403, 'trailing dot or space in the path')
  // Windows opens these as devices in any folder and with any extension (`nul.txt`).
  if (isWindowsDeviceName(segment)) return refuse(403, 'device name in the path')
  return null
}

/** The last word: whatever the checks above missed, a file outside `root` is never named. */
function inside(root: string, segments: readonly string[], path: PlatformPath): AppRequestTarget {
  const base = path.resolve(root)
  const filePath = path.resolve(base, ...segments)
  const prefix = base.endsWith(path.sep) ? base : base + path.sep
  if (!filePath.startsWith(prefix)) return refuse(403, 'outside the app folder')
  return { ok: true, filePath, contentType: contentTypeFor(filePath) }
}

function refuse(status: 400 | 403 | 404, reason: string): AppRequestTarget {
  return { ok: false, status, reason }
}
