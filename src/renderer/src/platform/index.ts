// Chooses the platform once: desktop when the preload exposed `window.sourcemark`, else browser.
import { browserPlatform } from './browser'
import { desktopPlatform } from './desktop'
import type { Platform } from './platform'

export type { Platform, PickedFile, SaveOutcome } from './platform'

export const platform: Platform = window.sourcemark ? desktopPlatform(window.sourcemark) : browserPlatform
