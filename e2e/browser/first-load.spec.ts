// The first screen comes from the first load alone: with every other script of the build refused,
// a new library opens on the sample, which the analyst grades in the reader by key (the grade's
// history entry hashed by the chain's hashing, fetched after the first paint). What is loaded on
// demand (the inspector, the legend, the filters, the modals, the panels) comes after the first
// paint, opens with its content, and keeps a key or a click given before it came.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { onDemandFiles, type Manifest } from '../../scripts/first-load.ts'
import {
  firstLoadScripts,
  holdDeferredScripts,
  importWorkerScript,
  scriptPath
} from '../pages/deferred-scripts'
import { WorkbenchPage } from '../pages/workbench-page'

const BUILD = resolve(import.meta.dirname, '../../out/web')

const manifest = () => JSON.parse(readFileSync(resolve(BUILD, '.vite/manifest.json'), 'utf8')) as Manifest

/**
 * Waits for the article's Add to case…, refused here, to say so in its place above the text: the
 * message is taller than the stand-in it replaces, so the text moves down once it comes, and a
 * click aimed at a sentence before then lands on the one above.
 */
async function refusedCasesMenuShown(page: Page): Promise<void> {
  await expect(page.getByRole('alert').filter({ hasText: 'Add to case could not be loaded' })).toBeVisible()
}

/** The scripts of the history chain's hashing (db/entry-hashing.ts), loaded on demand by the page. */
function historyHashingScripts(): Set<string> {
  return new Set(onDemandFiles(manifest(), 'src/db/entry-hashing.ts').filter((file) => file.endsWith('.js')))
}

/** The build's own script files the page asked for, by path relative to the build. */
function scriptRequests(page: Page): string[] {
  const asked: string[] = []
  page.on('request', (request) => {
    const path = scriptPath(request.url())
    if (path.endsWith('.js')) asked.push(path)
  })
  return asked
}

test('the sample opens and is graded in the reader with no script but the first load, the import worker and the history’s hashing', async ({
  page
}) => {
  const allowed = firstLoadScripts()
  allowed.add(importWorkerScript())
  // The grade writer's worker is refused: the page writes the grade, with the chain's hashing.
  for (const script of historyHashingScripts()) allowed.add(script)
  const refused: string[] = []
  await page.route('**/*.js', (route) => {
    const path = scriptPath(route.request().url())
    if (allowed.has(path)) return route.continue()
    refused.push(path)
    return route.abort('blockedbyclient')
  })
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  // The whole first screen: the library, the reader with its text and bar, the header.
  await expect(app.library.getByText('North Korean troops', { exact: false }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Legend' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  await refusedCasesMenuShown(page)
  await app.select(1)
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await refusedCasesMenuShown(page)
  await app.select(1)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')

  // What the first screen does without was asked for after it, and refused here: the inspector
  // says so by name in its pane instead of leaving a blank.
  await expect.poll(() => refused.length).toBeGreaterThan(0)
  await expect(page.getByRole('alert').filter({ hasText: 'Inspector could not be loaded' })).toBeVisible()
  // The library opened: no message says otherwise.
  await expect(page.getByText(/Could not open the library/)).toHaveCount(0)
  // A library at the current version never asks for the code that upgrades older ones.
  expect(refused.filter(isUpgradeCode)).toEqual([])
})

test('the history’s hashing comes after the first paint, and a grade keyed before it is stored when it comes', async ({
  page
}) => {
  const allowed = firstLoadScripts()
  allowed.add(importWorkerScript())
  const hashing = historyHashingScripts()
  expect(hashing.size).toBeGreaterThan(0)
  for (const script of hashing) expect(allowed.has(script)).toBe(false)
  // Everything else is refused, the grade writer's worker too: the page writes the grade itself.
  const held: Array<() => Promise<void>> = []
  let holding = true
  await page.route('**/*.js', (route) => {
    const path = scriptPath(route.request().url())
    if (allowed.has(path)) return route.continue()
    if (!hashing.has(path)) return route.abort('blockedbyclient')
    if (!holding) return route.continue()
    held.push(() => route.continue())
    return undefined
  })
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect(app.library.getByText('North Korean troops', { exact: false }).first()).toBeVisible()
  // Asked for once the first screen is painted, before any change needs it.
  await expect.poll(() => held.length).toBeGreaterThan(0)

  await refusedCasesMenuShown(page)
  await app.select(1)
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  // Not stored yet: the write waits for the hashing, so there is nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  holding = false
  await Promise.all(held.map((go) => go()))
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await refusedCasesMenuShown(page)
  await app.select(1)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
})

test('the workers that write history carry its hashing in their own script; the first load does not', () => {
  const assets = Object.values(manifest()).flatMap((chunk) => (chunk as { assets?: string[] }).assets ?? [])
  const script = (file: string) => readFileSync(resolve(BUILD, file), 'utf8')
  // SHA-256's first round constant, 0x428a2f98, as the minified hash writes it.
  const sha256 = /\b(1116352408|0x428a2f98)\b/
  for (const worker of [/(^|\/)segment\.worker-[^/]+\.js$/, /(^|\/)grade-writer\.worker-[^/]+\.js$/]) {
    const file = assets.find((asset) => worker.test(asset))
    expect(file, String(worker)).toBeDefined()
    expect(script(file!)).toMatch(sha256)
    // Nothing to fetch before its first write: no static import of another script.
    expect(script(file!)).not.toMatch(/\bfrom\s*["'`]\.\//)
  }
  expect([...firstLoadScripts()].map(script).join('\n')).not.toMatch(sha256)
})

test('the browser build carries the browser platform adapter alone', () => {
  const build = resolve(import.meta.dirname, '../../out/web')
  const scripts = [...firstLoadScripts()].map((file) => readFileSync(resolve(build, file), 'utf8')).join('\n')
  // Each adapter is an object literal naming its kind (platform/browser.ts, platform/desktop.ts).
  expect(scripts).toMatch(/kind:\s*[`'"]browser[`'"]/)
  expect(scripts).not.toMatch(/kind:\s*[`'"]desktop[`'"]/)
})

/** The chunk holding the upgrades of libraries written by an older Sourcemark (db/migrations/upgrades.ts). */
const isUpgradeCode = (path: string) => /(^|\/)upgrades-[\w-]+\.js$/.test(path)

test('a library written by an older Sourcemark fetches its upgrade code, then opens upgraded', async ({
  page
}) => {
  const asked = scriptRequests(page)
  // Before the app starts, the library is as version 6 left it: its tables, no rows.
  await page.addInitScript(() => {
    const request = indexedDB.open('sourcemark', 60)
    request.onupgradeneeded = () => {
      const db = request.result
      const store = (name: string, keyPath: string, auto = false) =>
        db.createObjectStore(name, { keyPath, autoIncrement: auto })
      const articles = store('articles', 'id')
      articles.createIndex('importedAt', 'importedAt')
      articles.createIndex('origin.sha256', 'origin.sha256')
      store('texts', 'articleId')
      store('sentences', 'articleId')
      store('sources', 'id').createIndex('name', 'name')
      store('assessments', 'sentenceId').createIndex('articleId', 'articleId')
      const links = store('links', 'id')
      for (const index of ['articleId', 'fromSentenceId', 'target.sentenceId'])
        links.createIndex(index, index)
      const history = store('history', 'id', true)
      history.createIndex('at', 'at')
      history.createIndex('[entity+entityId]', ['entity', 'entityId'])
      history.createIndex('action', 'action')
      store('settings', 'key')
      const cases = store('cases', 'id')
      cases.createIndex('name', 'name')
      cases.createIndex('articleIds', 'articleIds', { multiEntry: true })
      store('judgments', 'id').createIndex('caseId', 'caseId')
      store('articleCounts', 'articleId')
    }
    request.onsuccess = () => request.result.close()
  })
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect(page.getByText(/Could not open the library/)).toHaveCount(0)
  expect(asked.filter(isUpgradeCode)).toHaveLength(1)
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('sourcemark')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          resolve(request.result.version)
          request.result.close()
        }
      })
  )
  expect(Math.floor(version / 10)).toBe(7)
})

/**
 * The build's scripts the page asked for before the sample's first sentence was in it: noted in
 * the page, which tells the moment each request starts and the moment the sentence came.
 */
async function scriptsBeforeSampleShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { scripts, sampleAt } = (
      window as unknown as { startUp: { scripts: [number, string][]; sampleAt: number } }
    ).startUp
    return scripts.filter(([at]) => at < sampleAt).map(([, url]) => url)
  })
}

test('the panels loaded on demand are fetched once the first article is shown and open with their content', async ({
  page
}) => {
  await page.addInitScript(() => {
    const startUp = { scripts: [] as [number, string][], sampleAt: Infinity }
    Object.assign(window, { startUp })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name.endsWith('.js')) startUp.scripts.push([entry.startTime, entry.name])
    }).observe({ type: 'resource', buffered: true })
    const shown = new MutationObserver(() => {
      if (!document.querySelector('[data-sentence-index="0"]')?.textContent?.includes('North Korean')) return
      startUp.sampleAt = performance.now()
      shown.disconnect()
    })
    shown.observe(document, { subtree: true, childList: true, characterData: true })
  })
  const asked = scriptRequests(page)
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const firstLoad = firstLoadScripts()
  // Fetched before anything asks for them: opening one does not wait for its code.
  await expect.poll(() => asked.filter((file) => !firstLoad.has(file)).length).toBeGreaterThan(0)
  // …but not before the sample is shown: until then the page runs the first load, the import
  // worker and what the first screen shows, not the code of panels nobody has opened.
  const early = new Set((await scriptsBeforeSampleShown(page)).map(scriptPath))
  const unopened = [
    'src/features/sources/SourceRegistry.tsx',
    'src/features/history/HistoryPanel.tsx',
    'src/features/reader/ReaderFilters.tsx',
    'src/db/entry-hashing.ts'
  ].map((key) => manifest()[key]!.file)
  expect(unopened.filter((file) => early.has(file))).toEqual([])
  expect(early.size).toBeGreaterThan(0)

  await app.select(1)
  await page.keyboard.press('2')
  await app.inspector.getByRole('button', { name: /History of this sentence \(1\)/ }).click()
  await expect(app.inspector.getByLabel('Changes to this sentence')).toContainText(
    'Credibility 2 — Probably true'
  )

  await page.getByRole('button', { name: 'Sources', exact: true }).click()
  // The registry is a view of its own, in the reader's place.
  const registry = page.getByRole('region', { name: 'Source registry' })
  await expect(registry.getByRole('textbox', { name: 'Search sources' })).toBeVisible()
  await registry.getByRole('button', { name: /^Back to reader/ }).click()
  await expect(registry).not.toBeVisible()

  await page.getByRole('button', { name: 'Library ▾' }).click()
  await expect(page.getByRole('menuitem', { name: 'Back up workspace' })).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Add to case…' }).click()
  await expect(page.getByRole('menuitem', { name: 'New case…' })).toBeVisible()
  await page.keyboard.press('Escape')

  await expect(app.inspector.getByRole('button', { name: 'Start judgment from sentence (K)' })).toBeVisible()

  // The reader's legend, its filters, and the first screen's modal come after it too.
  await page.getByRole('button', { name: 'Legend' }).click()
  await expect(page.getByRole('table', { name: 'Legend' })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Filters' }).click()
  await expect(page.getByRole('textbox', { name: 'Source' })).toBeVisible()
  await page.getByRole('button', { name: 'Delete article' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete article' })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByRole('status', { name: /^Loading / })).toHaveCount(0)
})

test('no module makes a date formatter as it loads: the first is made when a date is shown', async ({
  page
}) => {
  // A page's first Intl.DateTimeFormat costs 20–33 ms (src/shared/date-format.ts); the panels
  // fetched after the first paint made three as they loaded, whether a date was shown or not.
  await page.addInitScript(() => {
    const IntlDateTimeFormat = Intl.DateTimeFormat
    const counted = window as unknown as { formattersMade: number }
    counted.formattersMade = 0
    Intl.DateTimeFormat = class extends IntlDateTimeFormat {
      constructor(...args: ConstructorParameters<typeof IntlDateTimeFormat>) {
        super(...args)
        counted.formattersMade++
      }
    } as typeof Intl.DateTimeFormat
  })
  const made = () => page.evaluate(() => (window as unknown as { formattersMade: number }).formattersMade)
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await page.keyboard.press('2')
  await app.inspector.getByRole('button', { name: /History of this sentence \(1\)/ }).click()
  const history = app.inspector.getByLabel('Changes to this sentence')
  await expect(history).toContainText('Credibility 2 — Probably true')
  await expect(history).toContainText(String(new Date().getFullYear()))
  expect(await made()).toBe(1)
})

test('the legend and the filters asked for before their code has come open when it comes', async ({
  page
}) => {
  const scripts = await holdDeferredScripts(page)
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect.poll(() => scripts.held()).toBeGreaterThan(0)

  const legend = page.getByRole('button', { name: 'Legend' })
  await legend.click()
  await expect(legend).toHaveAttribute('aria-busy', 'true')
  await page.getByRole('button', { name: 'Filters' }).click()
  await expect(page.getByRole('status', { name: 'Loading Reader filters' })).toBeVisible()

  await scripts.release()
  await expect(page.getByRole('table', { name: 'Legend' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Source' })).toBeVisible()
})

test('a modal opened before its code has come opens when it comes', async ({ page }) => {
  const scripts = await holdDeferredScripts(page)
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect.poll(() => scripts.held()).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Delete article' }).click()
  await expect(page.getByRole('dialog', { name: 'Delete article' })).toHaveAttribute('aria-busy', 'true')
  await expect(
    page.getByRole('dialog', { name: 'Delete article' }).getByLabel('Loading Delete article')
  ).toBeVisible()

  await scripts.release()
  const confirm = page.getByRole('dialog', { name: 'Delete article' })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()
  await expect(app.sentence(0)).toContainText('North Korean troops')
})
