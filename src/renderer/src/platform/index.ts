// Chooses the platform once: desktop when the preload exposed `window.sourcemark`, else browser.
import { browserPlatform } from './browser'
import { desktopPlatform } from './desktop'
import type { Platform } from './platform'

export type { ChosenFile, Platform, PickedFile, RefusedFile, SaveOutcome } from './platform'
export { readChosenFiles } from './chosen-files'

export const platform: Platform = window.sourcemark ? desktopPlatform(window.sourcemark) : browserPlatform
