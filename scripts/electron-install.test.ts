import { describe, expect, it } from 'vitest'
import {
  cannotStartMessage,
  diagnoseInstallFailure,
  electronCacheDir,
  errorLine,
  nodeRunsInstaller
} from './electron-install'

// What Electron 45's install.js printed on this offline machine, verbatim.
const OFFLINE_STDERR = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///project/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async file:///project/node_modules/@electron/get/dist/index.js:158:9
    at async useAndRemoveDirectory (file:///project/node_modules/@electron/get/dist/utils.js:10:18)
    at async downloadArtifact (file:///project/node_modules/@electron/get/dist/index.js:154:12)
`
const OLD_NODE_STDERR = `node:internal/modules/cjs/loader:1080
Error [ERR_REQUIRE_ESM]: require() of ES Module /project/node_modules/@electron/get/dist/index.js from /project/node_modules/electron/install.js not supported.
    at Object.<anonymous> (/project/node_modules/electron/install.js:3:29)
`
const HTTP_STDERR = `HTTPError: Response code 404 (Not Found) for https://mirror.example/v45.5.0/electron-v45.5.0-linux-x64.zip
    at FetchDownloader.download (file:///project/node_modules/@electron/get/dist/FetchDownloader.js:49:23)
`
const CHECKSUM_STDERR = `Error: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.
    at ChecksumValidator.validate (/project/node_modules/sumchecker/index.js:1:1)
`
const context = { electronVersion: '45.5.0', cacheDir: '/home/ana/.cache/electron' }

describe('which Node runs Electron’s installer', () => {
  it('needs require() of ES modules without a flag: 20.19+, 22.12+, 23+', () => {
    expect(['v20.19.0', 'v20.20.2', '22.12.0', 'v22.13.1', 'v24.1.0'].map(nodeRunsInstaller)).toEqual([
      true,
      true,
      true,
      true,
      true
    ])
    expect(['v18.20.4', 'v20.18.3', 'v21.7.3', 'v22.11.0'].map(nodeRunsInstaller)).toEqual([
      false,
      false,
      false,
      false
    ])
  })
})

describe('a failed Electron download', () => {
  it('offline: one paragraph naming the reason, the cache, a mirror and the browser shell', () => {
    const failure = diagnoseInstallFailure(OFFLINE_STDERR, 'v20.20.2')
    expect(failure).toEqual({ kind: 'offline', detail: 'fetch failed' })
    const message = cannotStartMessage(failure, context)
    expect(message).toContain('Electron 45.5.0 is not installed yet')
    expect(message).toContain('could not download it (fetch failed)')
    expect(message).toContain('/home/ana/.cache/electron')
    expect(message).toContain('ELECTRON_MIRROR')
    expect(message).toContain('`npm run start:web` gives the same app in a browser')
    expect(message).not.toMatch(/\n|\bat |node_modules/)
  })

  it('an old Node is named, with the version that works', () => {
    const failure = diagnoseInstallFailure(OLD_NODE_STDERR, 'v20.18.3')
    expect(failure).toEqual({ kind: 'old-node', nodeVersion: 'v20.18.3' })
    const message = cannotStartMessage(failure, context)
    expect(message).toContain('needs Node 20.19 or later')
    expect(message).toContain('this is Node 20.18.3')
    expect(message).toContain('npm run start:web')
  })

  it('a refused download names the server’s answer', () => {
    const failure = diagnoseInstallFailure(HTTP_STDERR, 'v22.13.0')
    expect(failure.kind).toBe('http')
    expect(cannotStartMessage(failure, context)).toContain(
      'the download was refused (Response code 404 (Not Found) for https://mirror.example/v45.5.0/electron-v45.5.0-linux-x64.zip)'
    )
  })

  it('a damaged archive is not unpacked, and the user learns where to remove it', () => {
    const failure = diagnoseInstallFailure(CHECKSUM_STDERR, 'v22.13.0')
    expect(failure.kind).toBe('checksum')
    const message = cannotStartMessage(failure, context)
    expect(message).toContain("did not match Electron's published checksum")
    expect(message).toContain('Remove the Electron archives in /home/ana/.cache/electron')
  })

  it('anything else still ends in one line of the error and the browser shell', () => {
    const failure = diagnoseInstallFailure(
      "Error: EACCES: permission denied, mkdir '/x'\n    at y\n",
      'v22.13.0'
    )
    expect(failure).toEqual({ kind: 'other', detail: "EACCES: permission denied, mkdir '/x'" })
    expect(cannotStartMessage(failure, context)).toContain('npm run start:web')
    expect(errorLine('')).toBe('the installer stopped without saying why')
  })
})

describe('Electron’s download cache', () => {
  it('is electron_config_cache when set, else the per-user cache folder', () => {
    expect(electronCacheDir({ electron_config_cache: '/c' }, 'linux', '/home/ana')).toBe('/c')
    expect(electronCacheDir({}, 'linux', '/home/ana')).toBe('/home/ana/.cache/electron')
    expect(electronCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/xdg/electron')
    expect(electronCacheDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Caches/electron')
  })
})
