// Proves the lint rule that keeps src/shared host-agnostic: code there may not reach Electron,
// Node built-ins, React, the database or the DOM, while the same code elsewhere is fine.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((m) => m.ruleId ?? m.message)
}

describe('src/shared boundary', () => {
  it.each([
    ["import { app } from 'electron'\nexport const a = app", 'Electron'],
    ["import { readFileSync } from 'node:fs'\nexport const r = readFileSync", 'a Node built-in'],
    ["import path from 'path'\nexport const p = path", 'a Node built-in without the node: prefix'],
    ["import { useState } from 'react'\nexport const u = useState", 'React'],
    ["import Dexie from 'dexie'\nexport const d = Dexie", 'the database'],
    ["import { platform } from '@renderer/platform'\nexport const p = platform", 'the renderer']
  ])('refuses %j (%s)', async (code) => {
    expect(await ruleIds(code, 'src/shared/probe.ts')).toContain('no-restricted-imports')
  })

  it.each(['document.title', 'window.name', 'localStorage.length', 'process.env.HOME'])(
    'refuses the host global in %j',
    async (expression) => {
      expect(await ruleIds(`export const x = ${expression}\n`, 'src/shared/probe.ts')).toContain(
        'no-restricted-globals'
      )
    }
  )

  it('accepts pure code, and the same imports outside src/shared', async () => {
    expect(
      await ruleIds("import { z } from 'zod'\nexport const s = z.string()\n", 'src/shared/probe.ts')
    ).toEqual([])
    expect(
      await ruleIds("import { app } from 'electron'\nexport const a = app\n", 'src/main/probe.ts')
    ).toEqual([])
  })
})
