import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import config from '../vitest.config.ts'
import { ACT_ENVIRONMENT_WARNING, shownInTestOutput } from './test-console.ts'

describe("the tests' console", () => {
  it('leaves out only React’s warning that the page is not an act environment', () => {
    expect(shownInTestOutput(`${ACT_ENVIRONMENT_WARNING}\n`)).toBe(false)
    expect(shownInTestOutput('Dexie.delete(’sourcemark’) was blocked')).toBe(true)
    expect(
      shownInTestOutput('An update to Reader inside a test was not wrapped in act(...).\n\nWhen testing…')
    ).toBe(true)
    // The same words inside another message (a test's own error that quotes them) are shown.
    expect(shownInTestOutput(`Error: expected no "${ACT_ENVIRONMENT_WARNING}"`)).toBe(true)
  })

  it('is the filter the suite’s Vitest runs with', () => {
    const onConsoleLog = config.test?.onConsoleLog
    expect(onConsoleLog?.(ACT_ENVIRONMENT_WARNING, 'stderr', undefined)).toBe(false)
    expect(onConsoleLog?.('Could not open the library', 'stderr', undefined)).not.toBe(false)
  })

  it('names the warning as React writes it', async () => {
    const reactDom = dirname(createRequire(import.meta.url).resolve('react-dom/package.json'))
    const client = await readFile(join(reactDom, 'cjs', 'react-dom-client.development.js'), 'utf8')
    expect(client).toContain(JSON.stringify(ACT_ENVIRONMENT_WARNING))
  })
})
