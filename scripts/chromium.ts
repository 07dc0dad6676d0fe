// Where the tests find a Chromium: SOURCEMARK_CHROMIUM if set, else Debian's package location,
// else Playwright's own download (never fetched by this project).
import { existsSync } from 'node:fs'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.SOURCEMARK_CHROMIUM
  if (fromEnv) return fromEnv
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined
}

/**
 * Chromium features Playwright turns off for every browser it launches (as of @playwright/test
 * 1.65). Chromium reads only the last --disable-features switch, and Playwright's comes before the
 * caller's, so a caller that turns off a feature of its own must name these again.
 * `e2e/browser/test-browser.spec.ts` checks that this list still holds all of Playwright's.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AimEnabled',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsFirstBalancedModeAutoEnable',
  'HttpsUpgrades',
  'LensOverlay',
  'MediaRouter',
  'NetworkTimeServiceQuerying',
  'OptimizationHints',
  'PaintHolding',
  'PreconnectToSearch',
  'TcpPortRandomizationWin',
  'ThirdPartyStoragePartitioning',
  'msEdgeUpdateLaunchServicesPreferredVersion',
  'msForceBrowserSignIn'
]

/**
 * The address bar's suggestion popup, which every new window loads ahead of time as a web page
 * in a renderer process of its own: each test's new context opens a window, and the popup took
 * about two seconds of processor per test here (eight tests that only open the sample: 44 s of
 * processor with it, 25 s without). No test has an address bar.
 */
export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup']

/** Flags for a headless Chromium on an offline machine, run as root in CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`
]
