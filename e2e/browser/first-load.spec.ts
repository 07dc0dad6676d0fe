// The first screen comes from the first load alone: with every other script of the build refused,
// a new library opens on the sample, which the analyst grades in the reader and the inspector.
// What is loaded on demand comes after the first paint, and opens with its content.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { firstLoadFiles, type Manifest } from '../../scripts/first-load.ts'
import { WorkbenchPage } from '../pages/workbench-page'

const BUILD = resolve(import.meta.dirname, '../../out/web')

/** The build's scripts index.html loads at once, as `npm test`'s size check counts them. */
function firstLoadScripts(): Set<string> {
  const manifest = JSON.parse(readFileSync(resolve(BUILD, '.vite/manifest.json'), 'utf8')) as Manifest
  return new Set(firstLoadFiles(manifest).filter((file) => file.endsWith('.js')))
}

/**
 * The import worker's script: the sample is imported by it on first run, as every article is, so
 * the segmenter is no part of the first load. It is fetched beside the first load, off the page's
 * main thread.
 */
function importWorkerScript(): string {
  const manifest = JSON.parse(readFileSync(resolve(BUILD, '.vite/manifest.json'), 'utf8')) as Manifest
  const assets = Object.values(manifest).flatMap((chunk) => (chunk as { assets?: string[] }).assets ?? [])
  const worker = assets.find((file) => /(^|\/)segment\.worker-[^/]+\.js$/.test(file))
  if (!worker) throw new Error("The build's manifest names no import worker")
  return worker
}

/** The build's own script files the page asked for, by path relative to the build. */
function scriptRequests(page: Page): string[] {
  const asked: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.replace(/^\//, '')
    if (path.endsWith('.js')) asked.push(path)
  })
  return asked
}

test('the sample opens and is graded with no script but the first load and the import worker', async ({
  page
}) => {
  const allowed = firstLoadScripts()
  allowed.add(importWorkerScript())
  const refused: string[] = []
  await page.route('**/*.js', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '')
    if (allowed.has(path)) return route.continue()
    refused.push(path)
    return route.abort('blockedbyclient')
  })
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect(app.inspector.getByRole('heading', { name: /^Sentence 1 of \d+$/ })).toBeVisible()

  await app.select(1)
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  await expect(app.inspector.getByRole('radio', { name: /Probably true/ })).toBeChecked()
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await app.select(1)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')

  // The panels the first screen does without were asked for after it, and refused here: they say
  // so by name instead of leaving a blank.
  await expect.poll(() => refused.length).toBeGreaterThan(0)
  await expect(
    app.inspector.getByRole('alert').filter({ hasText: 'History could not be loaded' })
  ).toBeVisible()
})

test('the panels loaded on demand are fetched after the first paint and open with their content', async ({
  page
}) => {
  const asked = scriptRequests(page)
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const firstLoad = firstLoadScripts()
  // Fetched before anything asks for them: opening one does not wait for its code.
  await expect.poll(() => asked.filter((file) => !firstLoad.has(file)).length).toBeGreaterThan(0)

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
  await expect(page.getByRole('status', { name: /^Loading / })).toHaveCount(0)
})
