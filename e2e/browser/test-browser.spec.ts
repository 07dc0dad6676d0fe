// The browser the suite runs in: Chromium as Playwright launches it, without the address bar's
// popup each new window would otherwise load as a page of its own (scripts/chromium.ts), and with
// every feature Playwright turns off still off: Chromium reads only the last --disable-features.
import { chromium, expect, test } from '@playwright/test'
import { OMNIBOX_POPUP_FEATURES, chromiumArgs, chromiumExecutable } from '../../scripts/chromium'
import { WorkbenchPage } from '../pages/workbench-page'

/** The features a Chromium launched by Playwright with these flags runs without. */
async function disabledFeatures(args: readonly string[]): Promise<string[]> {
  // Chromium tells its command line only to a client that launched it for automation.
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...args, '--enable-automation']
  })
  try {
    const session = await browser.newBrowserCDPSession()
    const { arguments: switches } = await session.send('Browser.getBrowserCommandLine')
    const last = switches.findLast((arg) => arg.startsWith('--disable-features='))
    return last ? last.slice('--disable-features='.length).split(',') : []
  } finally {
    await browser.close()
  }
}

test('the suite’s browser turns off every feature Playwright does, and the address bar’s popup', async () => {
  const playwrights = await disabledFeatures([])
  expect(playwrights).toContain('HttpsUpgrades')
  const suites = await disabledFeatures(chromiumArgs)
  expect(suites).toEqual(expect.arrayContaining([...playwrights, ...OMNIBOX_POPUP_FEATURES]))
})

test('a test’s window runs the app and no page of the browser’s own', async ({ page, browser }) => {
  await new WorkbenchPage(page).openOnSample()
  const session = await browser.newBrowserCDPSession()
  const { targetInfos } = await session.send('Target.getTargets')
  const browsersOwn = targetInfos.filter((target) => target.type === 'browser_ui')
  expect(browsersOwn.map((target) => target.url)).toEqual([])
  expect(targetInfos.filter((target) => target.type === 'page').map((target) => target.url)).toEqual([
    page.url()
  ])
})
