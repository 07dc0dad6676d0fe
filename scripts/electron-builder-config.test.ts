// The packaging config as electron-builder itself reads it (the loader and the schema check of the
// electron-builder that `npm run package` runs), and the fuse wire it would write into the binary.
// Packaging needs an Electron download, so this is what can be checked everywhere.
import { FuseV1Options } from '@electron/fuses'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import packageJson from '../package.json'

const root = resolve(import.meta.dirname, '..')
// The app-builder-lib that electron-builder runs, not whichever copy a bare import would find.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'))
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config')
const { DebugLogger } = builderRequire('builder-util')
const { LinuxPackager } = builderRequire('app-builder-lib')

const CONFIG_FILE = packageJson.scripts.package.match(/--config (\S+)/)?.[1]

async function loadConfig() {
  const config = await getConfig(root, CONFIG_FILE)
  await validateConfiguration(config, new DebugLogger(false))
  return config
}

/** The fuse settings electron-builder hands to @electron/fuses' flipFuses. */
async function fuseWire(fuses: unknown): Promise<Record<number, boolean | undefined>> {
  return LinuxPackager.prototype.generateFuseConfig.call(null, fuses)
}

// In @electron/fuses' own names: what the packaged app must have.
const HARDENED: Partial<Record<keyof typeof FuseV1Options, boolean>> = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false,
  LoadBrowserProcessSpecificV8Snapshot: false
}
// electron-builder 26 cannot set it; Electron's default (on) is the safe value.
const LEFT_AT_DEFAULT = ['WasmTrapHandlers']

describe('npm run package', () => {
  it('uses a config file electron-builder reads and accepts', async () => {
    expect(CONFIG_FILE).toBe('electron-builder.config.ts')
    const config = await loadConfig()
    expect(config.productName).toBe('Sourcemark')
  })

  it('flips every fuse to its hardened value in the binary', async () => {
    const wire = await fuseWire((await loadConfig()).electronFuses)
    for (const [name, value] of Object.entries(HARDENED)) {
      expect({ fuse: name, value: wire[FuseV1Options[name as keyof typeof FuseV1Options]] }).toEqual({
        fuse: name,
        value
      })
    }
  })

  it('leaves no fuse undecided, so a new Electron fuse needs a decision here', () => {
    const fuses = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)))
    expect(fuses.filter((name) => !(name in HARDENED) && !LEFT_AT_DEFAULT.includes(name))).toEqual([])
  })

  it('packs the built app alone, in an ASAR archive', async () => {
    const config = await loadConfig()
    expect(config.asar).toBe(true)
    // electron-builder's schema check turns the list into file sets: read the patterns back out.
    const sets = config.files as Array<string | { from?: string; filter?: string[] }>
    expect(sets.every((set) => typeof set === 'string' || set.from === undefined)).toBe(true)
    const files = sets.flatMap((set) => (typeof set === 'string' ? [set] : (set.filter ?? [])))
    expect(files.every((pattern) => /^(out\/(main|preload|renderer)|resources)\/\*\*$/.test(pattern))).toBe(
      true
    )
    expect(files).toContain('out/main/**')
    expect(files).toContain('out/renderer/**')
  })

  it('does what the README’s fuse table says', async () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
    const rows = [...readme.matchAll(/^\| `(\w+)` +\| (on|off) +\|/gm)].map(
      (m) => [m[1]!, m[2] === 'on'] as const
    )
    expect(rows.map(([name]) => name).sort()).toEqual(Object.keys(HARDENED).sort())
    const wire = await fuseWire((await loadConfig()).electronFuses)
    for (const [name, on] of rows) {
      expect({ fuse: name, on: wire[FuseV1Options[name as keyof typeof FuseV1Options]] }).toEqual({
        fuse: name,
        on
      })
    }
  })
})
