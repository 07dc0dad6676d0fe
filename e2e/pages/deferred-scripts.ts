// The build's scripts that index.html loads at once, as `npm test`'s size check counts them, and a
// way to hold back every other one: how specs show what the first screen does with the first load
// alone, and that what comes after it keeps a key or a click given before it came.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { firstLoadFiles, type Manifest } from '../../scripts/first-load.ts'

const BUILD = resolve(import.meta.dirname, '../../out/web')

function manifest(): Manifest {
  return JSON.parse(readFileSync(resolve(BUILD, '.vite/manifest.json'), 'utf8')) as Manifest
}

/** The first load's scripts, by path relative to the build. */
export function firstLoadScripts(): Set<string> {
  return new Set(firstLoadFiles(manifest()).filter((file) => file.endsWith('.js')))
}

/**
 * The import worker's script: the sample is imported by it on first run, as every article is, so
 * the segmenter is no part of the first load. It is fetched beside the first load, off the page's
 * main thread.
 */
export function importWorkerScript(): string {
  const assets = Object.values(manifest()).flatMap((chunk) => (chunk as { assets?: string[] }).assets ?? [])
  const worker = assets.find((file) => /(^|\/)segment\.worker-[^/]+\.js$/.test(file))
  if (!worker) throw new Error("The build's manifest names no import worker")
  return worker
}

export const scriptPath = (url: string) => new URL(url).pathname.replace(/^\//, '')

/**
 * Holds every script but the first load's and the import worker's until the returned function
 * releases them (and lets the later ones through). `held()` counts those held so far.
 */
export async function holdDeferredScripts(
  page: Page
): Promise<{ held: () => number; release: () => Promise<void> }> {
  const allowed = firstLoadScripts()
  allowed.add(importWorkerScript())
  const waiting: Array<() => Promise<void>> = []
  let holding = true
  await page.route('**/*.js', (route) => {
    if (allowed.has(scriptPath(route.request().url())) || !holding) return route.continue()
    waiting.push(() => route.continue())
    return undefined
  })
  return {
    held: () => waiting.length,
    release: async () => {
      holding = false
      await Promise.all(waiting.map((go) => go()))
    }
  }
}
