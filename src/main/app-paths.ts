// Where the built app finds its parts, and which environment overrides it honours.
import { isAbsolute, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface AppPaths {
  preload: string
  rendererHtml: string
  rendererFileUrl: string
  icon: string
}

/** `mainDir` is the folder of the built main bundle, out/main. */
export function appPaths(mainDir: string): AppPaths {
  const rendererHtml = join(mainDir, '..', 'renderer', 'index.html')
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererHtml,
    rendererFileUrl: pathToFileURL(rendererHtml).href,
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
