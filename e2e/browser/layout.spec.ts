// The layout from 1280×720 to 2560×1440: no control's text is cut on the main screens, the
// article's text does not move as the parts drawn after it come, the selected sentence stays whole below the header as the analyst moves, the panes resize by
// keyboard and keep their sizes, and the dark scheme follows the system and reads well.
// Screenshots of each screen are attached to the report; what is asserted is geometry, which
// holds on a busy machine where pixel baselines would not.
import { expect, test, type Page } from '@playwright/test'
import { CasePage } from '../pages/case-page'
import { LayoutPage } from '../pages/layout-page'
import { WorkbenchPage } from '../pages/workbench-page'

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 }
]

/** An article long enough to scroll several screens: sixty paragraphs of three sentences. */
function longArticle(): string {
  const paragraphs = Array.from({ length: 60 }, (_, p) =>
    [
      `Report ${p * 3 + 1} says the convoy crossed the river near Sudzha before dawn on Tuesday.`,
      `Officials in Kyiv said ${p + 2} units had been moved to the northern front over the past week.`,
      `The claim could not be verified independently, according to analysts quoted by Reuters.`
    ].join(' ')
  )
  return paragraphs.join('\n\n')
}

/** The sample open with its second sentence attributed, so the inspector shows Edit source. */
async function sampleWithSource(page: Page): Promise<WorkbenchPage> {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await page.keyboard.press('a')
  await expect(app.inspector.getByRole('button', { name: 'Edit source' })).toBeVisible()
  return app
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size })

    test('no control’s text is cut on the main screens', async ({ page }, testInfo) => {
      const layout = new LayoutPage(page)
      const app = await sampleWithSource(page)
      await expect(page.getByRole('button', { name: 'Delete article' })).toBeVisible()
      await layout.expectNothingClipped('reader with inspector', testInfo)

      await app.inspector.getByRole('button', { name: /^History of this sentence/ }).click()
      await expect(app.inspector.getByRole('button', { name: 'Verify audit trail' })).toBeVisible()
      await layout.expectNothingClipped('inspector with the history', testInfo)

      await page.getByRole('button', { name: 'Sources', exact: true }).click()
      const registry = page.getByRole('region', { name: 'Source registry' })
      await expect(registry.getByRole('table', { name: 'Sources' })).toBeVisible()
      await layout.expectNothingClipped('source registry', testInfo)
      await page.keyboard.press('Escape')
      await expect(registry).toBeHidden()

      await app.openExport()
      await expect(page.getByRole('dialog', { name: 'Export brief' }).getByLabel('Brief title')).toBeEnabled()
      await layout.expectNothingClipped('export dialog', testInfo)
      await app.closeExport()

      const cases = new CasePage(page)
      await cases.showCases()
      await cases.newCase('Kursk withdrawal')
      await layout.expectNothingClipped('case view, library by case', testInfo)
    })

    test('the article’s text stays where it first showed while the rest of the screen comes', async ({
      page
    }) => {
      // Where the first sentences are in the first frame that shows them, noted as they come.
      await page.addInitScript(() => {
        const noted: Record<string, number> = {}
        ;(window as unknown as { firstShown: Record<string, number> }).firstShown = noted
        new MutationObserver(() => {
          for (const index of ['0', '1', '2']) {
            const sentence = document.querySelector(`[data-sentence-index="${index}"]`)
            if (sentence && !(index in noted)) noted[index] = sentence.getBoundingClientRect().top
          }
        }).observe(document, { subtree: true, childList: true })
      })
      const app = new WorkbenchPage(page)
      await app.openOnSample()
      // What comes after the text: the status counts, the article's cases, the legend.
      await expect(page.getByRole('toolbar', { name: 'Article status' })).toContainText(/Not graded\s*\d+/)
      await expect(
        page.getByTestId('article-cases').getByRole('button', { name: 'Add to case…' })
      ).toBeVisible()
      await expect(page.getByRole('button', { name: 'Legend' })).toBeEnabled()
      const now = await page.evaluate(() =>
        Object.fromEntries(
          ['0', '1', '2'].map((index) => [
            index,
            document.querySelector(`[data-sentence-index="${index}"]`)!.getBoundingClientRect().top
          ])
        )
      )
      // A sentence the analyst aims at as the article shows is still there when the click lands.
      expect(now).toEqual(
        await page.evaluate(() => (window as unknown as { firstShown: unknown }).firstShown)
      )
    })
  })
}

test.describe('the selection', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('stays whole below the header when moving up with k from the bottom of a long article', async ({
    page
  }) => {
    const app = new WorkbenchPage(page)
    const layout = new LayoutPage(page)
    await app.openOnSample()
    await app.importPasted('Convoy reports', longArticle())
    await app.waitForArticle('Report 1 says the convoy')

    await page.keyboard.press('Shift+G')
    await expect(app.selected()).toContainText('could not be verified independently')
    await layout.expectSelectionWhollyShown()
    // Up through several screens: every step, the sentence is whole and below the header.
    for (let step = 0; step < 25; step++) {
      const before = Number(await app.selected().getAttribute('data-sentence-index'))
      await page.keyboard.press('k')
      await expect(app.selected()).toHaveAttribute('data-sentence-index', String(before - 1))
      await layout.expectSelectionWhollyShown()
    }
    for (let step = 0; step < 10; step++) {
      await page.keyboard.press('j')
      await layout.expectSelectionWhollyShown()
    }

    // Jumps: to the first sentence, the last, and back to the top.
    await page.keyboard.press('g')
    await expect(app.selected()).toHaveAttribute('data-sentence-index', '0')
    await layout.expectSelectionWhollyShown()
    await page.keyboard.press('Shift+G')
    await layout.expectSelectionWhollyShown()
    await page.keyboard.press('Home')
    await expect(app.selected()).toHaveAttribute('data-sentence-index', '0')
    await layout.expectSelectionWhollyShown()
    // The page itself never scrolls: the header stays where it is, over nothing.
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0)
  })
})

test.describe('the panes', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('resize by keyboard and keep their sizes across a reload', async ({ page }) => {
    const app = new WorkbenchPage(page)
    const layout = new LayoutPage(page)
    await app.openOnSample()
    const library = await layout.paneWidth('library')
    const inspector = await layout.paneWidth('inspector')

    await layout.separator('Resize the library').focus()
    await expect(layout.separator('Resize the library')).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => layout.paneWidth('library')).toBeGreaterThan(library + 50)
    // Arrows on a separator resize; they do not move the reader's selection.
    await expect(app.selected()).toHaveAttribute('data-sentence-index', '0')

    await layout.separator('Resize the inspector').focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => layout.paneWidth('inspector')).toBeGreaterThan(inspector + 25)

    const resized = {
      library: await layout.paneWidth('library'),
      inspector: await layout.paneWidth('inspector')
    }
    await page.reload()
    await app.waitForArticle('North Korean troops')
    await expect.poll(() => layout.paneWidth('library')).toBeCloseTo(resized.library, 0)
    await expect.poll(() => layout.paneWidth('inspector')).toBeCloseTo(resized.inspector, 0)
  })

  test('stop at sizes where nothing is cut: the widest library and inspector leave the article room', async ({
    page
  }, testInfo) => {
    const layout = new LayoutPage(page)
    await sampleWithSource(page)

    await layout.separator('Resize the library').focus()
    await page.keyboard.press('End')
    await layout.separator('Resize the inspector').focus()
    await page.keyboard.press('Home')
    await expect.poll(() => layout.paneWidth('article')).toBeLessThan(500)
    expect(await layout.paneWidth('article')).toBeGreaterThanOrEqual(419)
    await layout.expectNothingClipped('reader between the widest panes', testInfo)

    // And the narrowest side panes: their own controls still fit.
    await layout.separator('Resize the library').focus()
    await page.keyboard.press('Home')
    await layout.separator('Resize the inspector').focus()
    await page.keyboard.press('End')
    await expect.poll(() => layout.paneWidth('inspector')).toBeLessThan(330)
    await layout.expectNothingClipped('reader between the narrowest panes', testInfo)
  })
})

test.describe('the colour scheme', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('follows a dark system, reads well, and can be set in the header', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    const app = new WorkbenchPage(page)
    const layout = new LayoutPage(page)
    await app.openOnSample()
    await expect.poll(() => layout.scheme()).toBe('dark')
    expect(await layout.backgroundLightness()).toBeLessThan(60)
    await testInfo.attach('reader, dark', { body: await page.screenshot(), contentType: 'image/png' })

    // Every text of the article and the inspector, the selection and a graded sentence among them.
    await app.select(1)
    await page.keyboard.press('a')
    await page.keyboard.press('Shift+B')
    await page.keyboard.press('2')
    await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')
    await app.select(2)
    expect(await layout.lowContrastText(layout.pane('article'))).toEqual([])
    expect(await layout.lowContrastText(layout.pane('inspector'))).toEqual([])
    expect(await layout.lowContrastText(layout.pane('library'))).toEqual([])

    // The export dialog reads well too; the brief's preview stays the printed page, dark on white.
    await app.openExport()
    const dialog = page.getByRole('dialog', { name: 'Export brief' })
    await expect(dialog.getByLabel('Brief title')).toBeEnabled()
    expect(await layout.lowContrastText(dialog)).toEqual([])
    await dialog.getByRole('switch', { name: 'Preview' }).press('Space')
    const preview = dialog.frameLocator('iframe[title="Brief preview"]')
    await expect(preview.locator('h1')).toHaveText(/^Brief: North Korean troops withdraw from Kursk/)
    const frame = dialog.locator('iframe[title="Brief preview"]')
    expect(await frame.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)')
    expect(await layout.lowContrastText(preview.locator('body'))).toEqual([])
    await testInfo.attach('export dialog with preview, dark', {
      body: await page.screenshot(),
      contentType: 'image/png'
    })
    await app.closeExport()

    // The history, the source registry and a case read as well.
    await app.inspector.getByRole('button', { name: /^History of this sentence/ }).click()
    await expect(app.inspector.getByRole('button', { name: 'Verify audit trail' })).toBeVisible()
    expect(await layout.lowContrastText(layout.pane('inspector'))).toEqual([])
    await page.getByRole('button', { name: 'Sources', exact: true }).click()
    const registry = page.getByRole('region', { name: 'Source registry' })
    await expect(registry.getByRole('table', { name: 'Sources' })).toBeVisible()
    expect(await layout.lowContrastText(registry)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(registry).toBeHidden()
    const cases = new CasePage(page)
    await cases.showCases()
    await cases.newCase('Kursk withdrawal')
    expect(await layout.lowContrastText(layout.pane('article'))).toEqual([])
    expect(await layout.lowContrastText(layout.pane('library'))).toEqual([])
    await testInfo.attach('case view, dark', { body: await page.screenshot(), contentType: 'image/png' })
    await layout.chooseScheme('Light')
    await expect.poll(() => layout.scheme()).toBe('light')
    expect(await layout.backgroundLightness()).toBeGreaterThan(200)
    // The choice is kept: a reload with the system still dark opens light, on the article, whose
    // text reads as well in this scheme.
    await page.reload()
    await app.waitForArticle('North Korean troops')
    await expect.poll(() => layout.scheme()).toBe('light')
    expect(await layout.lowContrastText(layout.pane('article'))).toEqual([])

    await layout.chooseScheme('Follow the system')
    await expect.poll(() => layout.scheme()).toBe('dark')
  })
})
