// The app's start-up, for what waits on it: what the first screen does not need (the panels'
// code, the library's housekeeping and its marker) starts once that screen is shown, so that
// none of it takes turns on the page with the first article's reads and render.

/** What waits on start-up starts at the latest this long after the page began, whatever it is doing. */
export const START_UP_LATEST_MS = 3_000

export interface StartUpSignal {
  /** Says that start-up has shown its first screen. */
  shown: () => void
  /** Settles once it has, or at the latest START_UP_LATEST_MS after the page began. */
  after: () => Promise<void>
}

/** A start-up's signal; the page has one (startUpShown, afterStartUp). */
export function startUpSignal(): StartUpSignal {
  let shown = () => {}
  const startUp = new Promise<void>((resolve) => {
    shown = resolve
    setTimeout(resolve, Math.max(0, START_UP_LATEST_MS - performance.now()))
  })
  return { shown, after: () => startUp }
}

const page = startUpSignal()

/**
 * Says that start-up has shown its first screen: the article it opens (at a first start, the
 * sample just imported), the library with none, or why the library cannot be opened.
 */
export const startUpShown = page.shown

/** Settles once start-up has shown its first screen (startUpShown), or at START_UP_LATEST_MS. */
export const afterStartUp = page.after
