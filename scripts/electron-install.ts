// What `npm start` says about the Electron download: which Node can run Electron's installer,
// what a failed install means, and the one paragraph a user reads instead of a stack trace.
// Pure, so every message is unit-tested; scripts/ensure-electron.ts does the work.
import { join } from 'node:path'

/**
 * Electron's install.js loads @electron/get, an ES module, with `require()`. Node runs that without
 * a flag from 20.19 and 22.12 on (and in every 23+); nothing else in the download needs more —
 * the packages' own `engines` say 22.12, but the download and unpacking work on 20.19+.
 */
export function nodeRunsInstaller(nodeVersion: string): boolean {
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number)
  if (major >= 23) return true
  if (major === 22) return minor >= 12
  if (major === 20) return minor >= 19
  return false
}

export type InstallFailure =
  | { kind: 'old-node'; nodeVersion: string }
  | { kind: 'offline'; detail: string }
  | { kind: 'http'; detail: string }
  | { kind: 'checksum'; detail: string }
  | { kind: 'platform'; detail: string }
  | { kind: 'other'; detail: string }

const OFFLINE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT/

/** What went wrong, read from the installer's stderr (install.js prints the error's stack there). */
export function diagnoseInstallFailure(stderr: string, nodeVersion: string): InstallFailure {
  const detail = errorLine(stderr)
  if (/ERR_REQUIRE_ESM|require\(\) of ES Module/.test(stderr)) return { kind: 'old-node', nodeVersion }
  if (/builds are not available on platform|does not have a published/.test(stderr))
    return { kind: 'platform', detail }
  if (/checksum/i.test(stderr)) return { kind: 'checksum', detail }
  if (/HTTPError|Response code \d{3}/.test(stderr)) return { kind: 'http', detail }
  if (OFFLINE.test(stderr)) return { kind: 'offline', detail }
  return { kind: 'other', detail }
}

/** The error's own message: the first line that is not a stack frame, without its class name. */
export function errorLine(stderr: string): string {
  const line = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at ') && !/^node:internal|^file:\/\/|^\^+$/.test(l))
  const message = (line ?? 'the installer stopped without saying why').replace(/^[A-Za-z]*Error:\s*/, '')
  return message.length > 200 ? `${message.slice(0, 199)}…` : message
}

export interface InstallContext {
  /** The `electron` package's version. */
  electronVersion: string
  /** Where @electron/get keeps downloaded archives. */
  cacheDir: string
}

/** Said once, before a download that may take a while (Electron is about 100 MB). */
export function downloadingMessage({ electronVersion, cacheDir }: InstallContext): string {
  return `Downloading Electron ${electronVersion} for the desktop app (once: it is kept in ${cacheDir})…`
}

const BROWSER_SHELL = '`npm run start:web` gives the same app in a browser.'

/** One plain paragraph: why the desktop app cannot start, and what to do instead. */
export function cannotStartMessage(failure: InstallFailure, context: InstallContext): string {
  const { electronVersion, cacheDir } = context
  const head = `The desktop app cannot start: Electron ${electronVersion} is not installed yet`
  switch (failure.kind) {
    case 'old-node':
      return (
        `${head}, and its installer needs Node 20.19 or later (22.13+ recommended; this is Node ${failure.nodeVersion.replace(/^v/, '')}). ` +
        `Switch Node (the project's .nvmrc names one) and run \`npm start\` again. Meanwhile, ${BROWSER_SHELL}`
      )
    case 'offline':
      return (
        `${head}, and its installer could not download it (${failure.detail}): this machine cannot reach ` +
        `Electron's release downloads. Run \`npm start\` again where it can — the download is kept in ` +
        `${cacheDir} and happens once — or set ELECTRON_MIRROR to a mirror you can reach. ` +
        `Without the download, ${BROWSER_SHELL}`
      )
    case 'http':
      return (
        `${head}, and the download was refused (${failure.detail}). If ELECTRON_MIRROR is set, check that ` +
        `it serves Electron ${electronVersion}; otherwise try again later. Meanwhile, ${BROWSER_SHELL}`
      )
    case 'checksum':
      return (
        `${head}: the downloaded archive did not match Electron's published checksum (${failure.detail}), so ` +
        `it was not unpacked. Remove the Electron archives in ${cacheDir} and run \`npm start\` again. ` +
        `Meanwhile, ${BROWSER_SHELL}`
      )
    case 'platform':
      return `${head}, and there is no Electron build for this system (${failure.detail}). ${BROWSER_SHELL}`
    case 'other':
      return (
        `${head}, and its installer failed (${failure.detail}). Run \`npx install-electron\` to see its own ` +
        `output. Meanwhile, ${BROWSER_SHELL}`
      )
  }
}

/**
 * Where @electron/get caches downloads: `electron_config_cache` if set, else the per-user cache
 * folder it takes from env-paths ("electron", no suffix).
 */
export function electronCacheDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
  home: string
): string {
  if (env.electron_config_cache) return env.electron_config_cache
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron')
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'electron', 'Cache')
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'electron')
}
