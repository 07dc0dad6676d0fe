// Chooses the platform once. Each build names its shell (`import.meta.env.SOURCEMARK_SHELL`,
// defined in vite.web.config.ts and electron.vite.config.ts), so the bundler leaves the other
// shell's adapter out; where no build named it (the tests), the preload's `window.sourcemark`
// decides: desktop when it is there, else browser.
import { browserPlatform } from './browser'
import { desktopPlatform } from './desktop'
import type { Platform } from './platform'

export type { ChosenFile, Platform, PickedFile, RefusedFile, SaveOutcome } from './platform'
export { readChosenFiles } from './chosen-files'

function choosePlatform(): Platform {
  if (import.meta.env.SOURCEMARK_SHELL === 'browser') return browserPlatform
  if (import.meta.env.SOURCEMARK_SHELL === 'desktop') {
    // The desktop window always has its preload; without it nothing could be saved or opened.
    if (!window.sourcemark)
      throw new Error('The desktop window started without its preload (window.sourcemark)')
    return desktopPlatform(window.sourcemark)
  }
  return window.sourcemark ? desktopPlatform(window.sourcemark) : browserPlatform
}

export const platform: Platform = choosePlatform()
