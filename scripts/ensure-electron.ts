// Runs before `npm start` and `npm run dev`: electron-vite looks for Electron's binary itself and
// throws when the lazy download has not happened yet, so the download happens here first, through
// Electron's own installer (which keeps the archive in its cache and never fetches it twice).
// Where the download cannot happen, one plain paragraph says why — never a stack trace.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { electronBinary, electronPackageDir } from './electron-binary.ts'
import {
  cannotStartMessage,
  diagnoseInstallFailure,
  downloadingMessage,
  electronCacheDir,
  nodeRunsInstaller,
  type InstallContext
} from './electron-install.ts'

export interface EnsureOptions {
  packageDir?: string
  env?: Record<string, string | undefined>
  nodeVersion?: string
  /** Where progress and the failure paragraph go (stderr in the command). */
  say?: (line: string) => void
}

export interface EnsureResult {
  ok: boolean
  /** A download was attempted (false when the binary was already there). */
  attempted: boolean
}

export async function ensureElectron(options: EnsureOptions = {}): Promise<EnsureResult> {
  const env = options.env ?? process.env
  const nodeVersion = options.nodeVersion ?? process.version
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`))
  // electron-vite launches ELECTRON_EXEC_PATH when it is set, and never looks further.
  if (env.ELECTRON_EXEC_PATH && existsSync(env.ELECTRON_EXEC_PATH)) return { ok: true, attempted: false }

  const packageDir = options.packageDir ?? electronPackageDir()
  const binary = electronBinary(packageDir, env)
  if (binary.installed) return { ok: true, attempted: false }

  const context: InstallContext = {
    electronVersion: binary.version,
    cacheDir: electronCacheDir(env, process.platform, homedir())
  }
  if (!nodeRunsInstaller(nodeVersion)) {
    say(cannotStartMessage({ kind: 'old-node', nodeVersion }, context))
    return { ok: false, attempted: false }
  }
  say(downloadingMessage(context))
  // The installer prints its error as a stack trace on stderr: keep it, read it, say it plainly.
  const { status, stderr } = await runInstaller(join(packageDir, 'install.js'), env)
  if (status === 0 && electronBinary(packageDir, env).installed) return { ok: true, attempted: true }
  say(cannotStartMessage(diagnoseInstallFailure(stderr, nodeVersion), context))
  return { ok: false, attempted: true }
}

function runInstaller(
  installer: string,
  env: Record<string, string | undefined>
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [installer], { env, stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', (error) => done({ status: null, stderr: `${stderr}\n${error.message}` }))
    child.on('close', (status) => done({ status, stderr }))
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = (await ensureElectron()).ok ? 0 : 1
}
