// Electron's real installer, run by ensureElectron against a copy of the `electron` package in a
// temporary project: once against a port nothing listens on (the offline case), once against a
// local mirror serving a small stand-in release, to show that the archive is cached and reused.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { crc32 } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { electronBinary, electronPackageDir } from './electron-binary'
import { ensureElectron } from './ensure-electron'
import { freePort } from './free-port'

const realPackageDir = electronPackageDir()
const realNodeModules = resolve(realPackageDir, '..')
const version = electronBinary(realPackageDir).version
const archiveName = `electron-v${version}-${process.platform}-${process.arch}.zip`

let project: string
let packageDir: string
let cache: string
let server: Server | undefined

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'sourcemark-electron-'))
  packageDir = join(project, 'node_modules', 'electron')
  cache = join(project, 'cache')
  mkdirSync(packageDir, { recursive: true })
  for (const file of ['package.json', 'install.js', 'index.js', 'checksums.json'])
    copyFileSync(join(realPackageDir, file), join(packageDir, file))
  // The installer's own dependencies, as they are installed for the project.
  for (const scope of ['@electron', '@electron-internal'])
    symlinkSync(join(realNodeModules, scope), join(project, 'node_modules', scope), 'junction')
})

afterEach(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()))
  server = undefined
  rmSync(project, { recursive: true, force: true })
})

function installerEnv(mirrorPort: number): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env }
  for (const key of Object.keys(env)) if (/^(npm_config_)?electron_/i.test(key)) delete env[key]
  return {
    ...env,
    ELECTRON_MIRROR: `http://127.0.0.1:${mirrorPort}/`,
    // Never the user's cache: the stand-in release must not land there.
    electron_config_cache: cache
  }
}

describe('npm start, before Electron is downloaded', () => {
  it('where the download cannot happen, says why in one paragraph, without a stack trace', async () => {
    const said: string[] = []
    const result = await ensureElectron({
      packageDir,
      env: installerEnv(freePort()),
      say: (l) => said.push(l)
    })

    expect(result).toEqual({ ok: false, attempted: true })
    const paragraph = said.at(-1) ?? ''
    expect(paragraph).toMatch(/^The desktop app cannot start: Electron \d+\.\d+\.\d+ is not installed yet/)
    expect(paragraph).toContain('could not download it (fetch failed)')
    expect(paragraph).toContain(cache)
    expect(paragraph).toContain('`npm run start:web` gives the same app in a browser')
    expect(said.join('\n')).not.toMatch(/^\s+at |node:internal|TypeError/m)
    expect(electronBinary(packageDir).exists).toBe(false)
  })

  it('downloads through Electron’s installer once, then unpacks from its cache', async () => {
    const archive = storedZip({ electron: '#!/bin/sh\necho stand-in\n', version: `v${version}` })
    const sha256 = createHash('sha256').update(archive).digest('hex')
    writeFileSync(join(packageDir, 'checksums.json'), JSON.stringify({ [archiveName]: sha256 }))
    const requests: string[] = []
    server = createServer((request, response) => {
      requests.push(request.url ?? '')
      if (request.url === `/v${version}/${archiveName}`) response.end(archive)
      else response.writeHead(404).end()
    })
    const port = await new Promise<number>((done) =>
      server!.listen(0, '127.0.0.1', () => done((server!.address() as { port: number }).port))
    )
    const env = installerEnv(port)

    const first = await ensureElectron({ packageDir, env, say: () => {} })
    expect(first).toEqual({ ok: true, attempted: true })
    expect(electronBinary(packageDir, env).installed).toBe(true)
    expect(requests).toEqual([`/v${version}/${archiveName}`])

    // Already unpacked: nothing to do, nothing said.
    const said: string[] = []
    expect(await ensureElectron({ packageDir, env, say: (l) => said.push(l) })).toEqual({
      ok: true,
      attempted: false
    })
    expect(said).toEqual([])

    // Unpacked files gone (a fresh node_modules): the cached archive is used, no second download.
    rmSync(join(packageDir, 'dist'), { recursive: true })
    rmSync(join(packageDir, 'path.txt'))
    expect(await ensureElectron({ packageDir, env, say: () => {} })).toEqual({ ok: true, attempted: true })
    expect(existsSync(electronBinary(packageDir, env).path)).toBe(true)
    expect(requests).toHaveLength(1)
  })
})

/** A zip archive with its files stored uncompressed, executable, as Electron's releases unpack. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text)
    const fileName = Buffer.from(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x21, 12) // 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(fileName.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made on Unix, so the mode below counts
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(fileName.length, 28)
    central.writeUInt32LE((0o100755 << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, fileName, data)
    centrals.push(central, fileName)
    offset += local.length + fileName.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
