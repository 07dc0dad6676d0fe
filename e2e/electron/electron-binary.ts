// Where the `electron` package keeps its binary, found the way its index.js finds it — without
// requiring that file, which starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export interface ElectronBinary {
  path: string
  exists: boolean
}

export function electronBinary(): ElectronBinary {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  // path.txt is written once the binary has been unpacked; before that, name the platform's default.
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : platformExecutable()
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
  const path = join(distDir, executable)
  return { path, exists: existsSync(path) }
}

function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (process.platform === 'win32') return 'electron.exe'
  return 'electron'
}
