// Runs inside the built browser shell for the file-import benchmarks (./app-imports.ts evaluates
// it once the app is up): times, from inside the page, a file chosen in the import dialog until the
// frame that shows its first sentence, or its refusal. The clock starts at the file input's change
// event; when the dialog has read the file (Import article enabled, a title filled in), the probe
// clicks Import article in that same frame, so no round trip to the driving process is counted.

interface FileRun {
  changedAt?: number
  /** When the dialog showed the file read and the probe clicked Import article. */
  readyAt?: number
  /** The title the dialog read from the file, as it was imported. */
  title?: string
  done: Promise<number>
}

let run: FileRun | undefined

/**
 * Resolves when the frame in which `test()` first holds (checked as each frame begins) has been
 * presented: a task queued from that frame's requestAnimationFrame runs after it.
 */
function paintedWhen(test: () => boolean, then?: () => void): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (!test()) return void requestAnimationFrame(check)
      then?.()
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    }
    requestAnimationFrame(check)
  })
}

function dialog(): Element | null {
  return document.querySelector('[role="dialog"]')
}

function importButton(): HTMLButtonElement | undefined {
  return [...(dialog()?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === 'Import article'
  )
}

/** The dialog has read the file: its title is filled in and Import article can be pressed. */
function readyToImport(): boolean {
  const title = dialog()?.querySelector<HTMLInputElement>('input[required]')
  const button = importButton()
  return !!title?.value && !!button && !button.disabled && button.getAttribute('data-loading') !== 'true'
}

function firstSentenceShows(words: string): boolean {
  return document.querySelector('[data-sentence-index="0"]')?.textContent?.includes(words) === true
}

function refusalShows(words: string): boolean {
  return [...document.querySelectorAll('[role="alert"]')].some((a) => a.textContent?.includes(words))
}

/** Set by a watch: the next file input the page opens is watched through it. */
let watchNext: ((input: HTMLInputElement) => void) | undefined

// The app opens its picker with a file input of its own, never added to the page: its click is
// where the probe finds it.
const openPicker = HTMLInputElement.prototype.click
HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
  if (this.type === 'file' && watchNext) {
    watchNext(this)
    watchNext = undefined
  }
  openPicker.call(this)
}

/** Resolves at the change event of the next file input opened, its time kept as the start. */
function startClock(current: FileRun): Promise<void> {
  return new Promise((resolve) => {
    watchNext = (input) =>
      input.addEventListener(
        'change',
        (event) => {
          // The event's own time: a wait before the page could handle it counts.
          current.changedAt = event.timeStamp
          resolve()
        },
        { once: true }
      )
  })
}

/**
 * Watches the next file input the page opens: once a file is set on it, imports it when read and
 * is done at the first frame showing a first sentence that contains `words`.
 */
function watchImport(words: string): void {
  const current: FileRun = { done: Promise.resolve(0) }
  current.done = startClock(current)
    .then(() =>
      paintedWhen(readyToImport, () => {
        current.readyAt = performance.now()
        current.title = dialog()?.querySelector<HTMLInputElement>('input[required]')?.value
        importButton()!.click()
      })
    )
    .then(() => paintedWhen(() => firstSentenceShows(words)))
  run = current
}

/** Watches the next file input the page opens: done at the first frame showing a refusal with `words`. */
function watchRefusal(words: string): void {
  const current: FileRun = { done: Promise.resolve(0) }
  current.done = startClock(current).then(() => paintedWhen(() => refusalShows(words)))
  run = current
}

/**
 * Milliseconds from the file chosen to the frame showing the outcome, and to the dialog's read
 * (for an import), with the title it read and when the clock started.
 */
async function fileResult(): Promise<{
  ms: number
  readMs: number | null
  title: string | null
  since: number
}> {
  const current = run!
  const at = await current.done
  run = undefined
  return {
    ms: at - current.changedAt!,
    readMs: current.readyAt === undefined ? null : current.readyAt - current.changedAt!,
    title: current.title ?? null,
    since: current.changedAt!
  }
}

Object.assign(globalThis, { sourcemarkImportBench: { watchImport, watchRefusal, fileResult } })
