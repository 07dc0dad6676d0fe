// Where the built app finds its parts, and which environment overrides it honours.
import { isAbsolute, join } from 'node:path'

export interface AppPaths {
  preload: string
  /** The built renderer folder, served as app://sourcemark/ (its index.html is the app page). */
  rendererRoot: string
  icon: string
}

/** `mainDir` is the folder of the built main bundle, out/main. */
export function appPaths(mainDir: string): AppPaths {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererRoot: join(mainDir, '..', 'renderer'),
    icon: join(mainDir, '..', '..', 'resources', 'icon.png')
  }
}

/**
 * `SOURCEMARK_USER_DATA`: a profile folder to use instead of the default (tests start each run
 * with a fresh one). Only an absolute path is honoured, so a stray relative value cannot scatter
 * profiles wherever the app happens to be started.
 */
export function userDataOverride(env: Record<string, string | undefined>): string | null {
  const value = env.SOURCEMARK_USER_DATA
  return value && isAbsolute(value) ? value : null
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The dev server URL electron-vite passes in `ELECTRON_RENDERER_URL`. Ignored in a packaged app
 * and unless it points at this machine: whatever page it names is trusted with the preload API.
 */
export function devServerUrl(
  env: Record<string, string | undefined>,
  isPackaged: boolean
): string | undefined {
  const value = env.ELECTRON_RENDERER_URL
  if (isPackaged || !value) return undefined
  try {
    const url = new URL(value)
    const local = (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname)
    return local ? value : undefined
  } catch {
    return undefined
  }
}
