// The bench's page probe (bench/app-page.ts) runs before the app in every page the bench opens,
// also in the shell where the grade writer's worker is made unable to start: there, Worker is the
// probe's own subclass. The probe wraps the workers' message handlers to time their answers; once
// it wrapped them on that subclass, where the browser's accessor is not, so the importer's worker
// could not be heard, the dialog never counted a text, and the bench waited for that count for
// ever. In both shells the probe must load whole and the app's import must work under it.
import { expect, test } from '@playwright/test'
import { probeScript } from '../../bench/probe-script'
import { mainThreadMeter } from '../../bench/main-thread'
import { settleScript } from '../../bench/settle'
import { libraryRows } from '../pages/library-holds'
import { WorkbenchPage } from '../pages/workbench-page'

for (const gradeWorkerBlocked of [false, true]) {
  test(`the bench's probe leaves the importer's worker heard ${gradeWorkerBlocked ? 'where the grade writer cannot start' : 'in the app'}`, async ({
    context
  }) => {
    if (gradeWorkerBlocked)
      await context.addInitScript({ content: 'globalThis.sourcemarkBenchNoGradeWorker = true' })
    await context.addInitScript({ content: await probeScript() })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const app = new WorkbenchPage(page)
    await app.openOnSample()
    // The import dialog counts a pasted text's sentences in the importer's worker, whose answers
    // the probe times (the bench waits for that count before it clicks Import article).
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Import article' })
    await dialog.getByLabel('Title').fill('Aid package')
    await dialog.getByLabel('Article text').fill('Sweden pledged new aid on Tuesday. Officials welcomed it.')
    await expect(dialog.getByTestId('import-sentence-count')).toHaveText('2 sentences')
    await dialog.getByRole('button', { name: 'Import article' }).click()
    await app.waitForArticle('Sweden pledged new aid')
    const api = await page.evaluate(() =>
      Object.keys((globalThis as { sourcemarkAppBench?: object }).sourcemarkAppBench ?? {})
    )
    expect(api).toEqual(expect.arrayContaining(['armPress', 'pressResult', 'armImportSteps', 'importSteps']))
    expect(errors).toEqual([])
  })
}

// A grade key as the bench times it: the rating is in the DOM before the next frame begins, and
// that frame begins before the rating is painted; the grade is stored after the key, timed at the
// grade writer's commit by the probe the bench puts into the page's workers.
test('the bench’s probe times a grade key in order: in the DOM, the next frame, painted', async ({
  context
}) => {
  await context.addInitScript({ content: await probeScript() })
  const page = await context.newPage()
  const workerProbe = await probeScript('app-worker.ts')
  const probed: Promise<unknown>[] = []
  page.on('worker', (worker) => probed.push(worker.evaluate(workerProbe)))
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  // A first grade, not timed, as the bench's first presses: the grade writer has started by then.
  await page.keyboard.press('3')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', /3$/)
  await Promise.all(probed)
  // Called by name, as the bench calls the probe.
  await page.evaluate("sourcemarkAppBench.armPress(1, '2')")
  await page.keyboard.press('2')
  const result = (await page.evaluate('sourcemarkAppBench.pressResult()')) as {
    paint: number
    stored: number
    toDom: number
    toFrame: number
  }
  await expect(app.sentence(1)).toHaveAttribute('data-rating', /2$/)
  expect(result.toDom).toBeGreaterThanOrEqual(0)
  expect(result.toFrame).toBeGreaterThanOrEqual(result.toDom)
  expect(result.paint).toBeGreaterThanOrEqual(result.toFrame)
  expect(result.stored).toBeGreaterThan(0)
})

// The floor's key changes one line of the page, and no script asks for a frame: the bench's wait
// for the page to settle after it once found no idle time until its timeout, on every key, so the
// floor was driven unlike the grades it is held against (bench/settle.ts). The wait here is the
// bench's, given as long as any expectation here is (a minute), not the bench's five seconds: on a
// machine busy enough, the page may find no idle time in five even after a frame.
const SETTLE_AS_THE_BENCH = settleScript(60_000)

test('the bench’s wait after a floor’s key finds the page idle, as after a grade', async ({ context }) => {
  await context.addInitScript({ content: await probeScript() })
  const page = await context.newPage()
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await page.keyboard.press('3')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', /3$/)
  // The floor puts a copy of a stored grade's row: shown is not yet stored.
  await expect
    .poll(async () => Object.keys((await libraryRows(page)).assessments ?? {}).length)
    .toBeGreaterThan(0)
  for (const by of ['page', 'worker']) {
    await page.evaluate(`sourcemarkAppBench.armRawPutsAfterKey(${JSON.stringify(by)})`)
    for (let i = 1; i <= 2; i++) {
      await page.keyboard.press('F8')
      await page.evaluate(`sourcemarkAppBench.rawPutCommitted(${i})`)
      expect(await page.evaluate(SETTLE_AS_THE_BENCH), `${by} key ${i}`).toEqual({ timedOut: false })
    }
    await page.evaluate('sourcemarkAppBench.rawPutsAfterKey(2)')
  }
})

test('the bench’s main-thread meter counts the whole of a task the page ran', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const meter = await mainThreadMeter(page)
  const before = await meter.busyMs()
  // A long task, and Chromium's own account of how long it took (the long-task observer).
  const taskMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect()
          resolve(Math.max(...list.getEntries().map((entry) => entry.duration)))
        }).observe({ type: 'longtask' })
        setTimeout(() => {
          const start = performance.now()
          while (performance.now() - start < 60);
        })
      })
  )
  const counted = (await meter.busyMs()) - before
  // All of it, however busy the machine: a count of the thread's own CPU time fell short by half.
  expect(counted).toBeGreaterThanOrEqual(taskMs - 1)
  await meter.close()
})
