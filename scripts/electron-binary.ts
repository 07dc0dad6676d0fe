// Where the `electron` package keeps its binary and whether it is unpacked, decided the way the
// package's own install.js decides — without requiring its index.js, which starts a download
// when the binary is missing.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export interface ElectronBinary {
  /** The version of the installed `electron` package, e.g. "45.5.0". */
  version: string
  /** The `electron` package folder (node_modules/electron). */
  packageDir: string
  /** The executable that `electron-vite` and Playwright launch. */
  path: string
  /** The executable is there. */
  exists: boolean
  /** The executable is there and is this package's version: Electron's installer would do nothing. */
  installed: boolean
}

/** The `electron` package folder as this project resolves it. */
export function electronPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
}

export function electronBinary(
  packageDir: string = electronPackageDir(),
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform
): ElectronBinary {
  const version = readJson(join(packageDir, 'package.json')).version
  // path.txt is written once the binary has been unpacked; before that, name the platform's default.
  const recorded = readText(join(packageDir, 'path.txt'))
  const executable = platformExecutable(platform)
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
  const path = join(distDir, recorded ?? executable)
  const exists = existsSync(path)
  const unpackedVersion = readText(join(packageDir, 'dist', 'version'))
    ?.trim()
    .replace(/^v/, '')
  const installed = exists && recorded === executable && unpackedVersion === version
  return { version, packageDir, path, exists, installed }
}

function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

function readText(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

function readJson(file: string): { version: string } {
  return JSON.parse(readFileSync(file, 'utf8')) as { version: string }
}
