// Runs inside the built browser shell before the app starts (bundled by ./app-shell.ts and added as
// an init script): it times what the analyst sees from inside the page, so no round trip to the
// driving process is counted. Long tasks, committed IndexedDB writes (the page's, and its
// workers' as ./app-worker.ts reports them) and Blob downloads are recorded as they happen; a press is armed first, then the key is pressed by Playwright.
// The app is never changed: only what it shows (data-rating, data-sentence-index) and what the
// browser sees it do (IndexedDB commits, Blob URLs) are watched.
import type { Longest, PressResult } from './probe-answers'

interface Press {
  digit: string
  keyAt?: number
  /** When the page's DOM first showed the new rating: the app's own work for the key done. */
  domAt?: number
  /** When the frame after that began (its animation frame callbacks), on the display's clock. */
  frameAt?: number
  paintedAt?: number
  storedAt?: number
  /** When the page began handling the key event. */
  handledAt?: number
  /** When the page first posted a message to a worker of the app after the key (the grade writer's). */
  postedAt?: number
  /** When a worker of the app first received a message after the key (the grade writer's). */
  workerAt?: number
  /** The storing transaction's steps, when a worker stored it (see ./app-worker.ts). */
  transaction?: WorkerTransaction
  onStored?: () => void
  done: Promise<void>
}

const longTasks: { start: number; duration: number }[] = []
/** Frames whose work (tasks, then style, layout and paint) took over 50 ms. */
const longFrames: { start: number; duration: number }[] = []
/** When each Blob URL was made: a download starts there. */
const blobUrls: { at: number; size: number }[] = []
let press: Press | undefined

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration })
}).observe({ type: 'longtask', buffered: true })
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longFrames.push({ start: entry.startTime, duration: entry.duration })
}).observe({ type: 'long-animation-frame', buffered: true })

const openTransaction = IDBDatabase.prototype.transaction
IDBDatabase.prototype.transaction = function (
  this: IDBDatabase,
  ...args: Parameters<IDBDatabase['transaction']>
): IDBTransaction {
  const tx = openTransaction.apply(this, args)
  const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]]
  if (args[1] === 'readwrite' && stores.includes('assessments')) {
    tx.addEventListener('complete', () => committed(performance.now()))
  }
  return tx
}

/** The first read-write transaction on assessments to commit after the armed key stored it. */
function committed(at: number): void {
  if (press?.keyAt !== undefined && press.storedAt === undefined && at >= press.keyAt) {
    press.storedAt = at
    press.onStored?.()
  }
}

/** A worker's storing transaction, on the shared clock: opened, its requests, committed. */
interface WorkerTransaction {
  openedAt: number
  steps: { placedAt: number; answeredAt?: number }[]
  committedAt: number
}

// The same commits in the app's workers (the grade writer's), told by ./app-worker.ts with the
// moment they committed there: heard late, while the page is busy, but timed at the commit.
/** The native twins of the grades' transactions (./app-worker.ts), as they are told. */
const twins: WorkerTransaction[] = []

const commits = new BroadcastChannel('sourcemark-bench-commits')
commits.onmessage = (
  event: MessageEvent<
    { committedAt?: number; receivedAt?: number; twin?: WorkerTransaction } & Partial<WorkerTransaction>
  >
) => {
  const { committedAt, receivedAt, twin } = event.data
  if (twin) twins.push(twin)
  heardForImport(event.data)
  if (committedAt !== undefined) {
    const waiting = press?.storedAt === undefined ? press : undefined
    committed(committedAt - performance.timeOrigin)
    if (waiting?.storedAt !== undefined && event.data.openedAt !== undefined)
      waiting.transaction = event.data as WorkerTransaction
  }
  if (receivedAt !== undefined && press?.keyAt !== undefined && press.workerAt === undefined) {
    const at = receivedAt - performance.timeOrigin
    if (at >= press.keyAt) press.workerAt = at
  }
}

/**
 * Set by the bench before the probe where the grade writer's worker is to be unable to start, as
 * under a content policy that forbids workers: the app then writes its grades on the page.
 */
if ((globalThis as { sourcemarkBenchNoGradeWorker?: boolean }).sourcemarkBenchNoGradeWorker) {
  const StartWorker = Worker
  globalThis.Worker = class extends StartWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      if (String(url).includes('grade-writer'))
        throw new DOMException('Workers are not allowed.', 'SecurityError')
      super(url, options)
    }
  }
}

const postToWorker = Worker.prototype.postMessage
Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
  if (press?.keyAt !== undefined && press.postedAt === undefined) press.postedAt = performance.now()
  postedForImport(args[0])
  return (postToWorker as (...a: unknown[]) => void).apply(this, args)
} as Worker['postMessage']

const createObjectURL = URL.createObjectURL.bind(URL)
URL.createObjectURL = (blob: Blob | MediaSource) => {
  blobUrls.push({ at: performance.now(), size: blob instanceof Blob ? blob.size : 0 })
  return createObjectURL(blob)
}

/**
 * Resolves after the next frame has been presented: a task queued from requestAnimationFrame.
 * `onFrame` is told when that frame begins.
 */
function afterNextPaint(onFrame?: (at: number) => void): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      onFrame?.(performance.now())
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  )
}

/** Resolves once `test()` holds, checked now and after every change to the DOM or to `attributes`. */
function whenDom(test: () => boolean, attributes = ['data-rating', 'data-sentence-index']): Promise<void> {
  if (test()) return Promise.resolve()
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!test()) return
      observer.disconnect()
      resolve()
    })
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: attributes
    })
  })
}

/** Whether measured keys are marked for a performance trace (see markKeys). */
let markingKeys = false

/** Marks each measured key from now on, for a performance trace (BENCH_GRADE_TRACE). */
function markKeys(): void {
  markingKeys = true
}

document.addEventListener(
  'keydown',
  (event) => {
    // The key event's own time: any wait before the page could handle it counts.
    if (event.isTrusted && press && press.keyAt === undefined && event.key === press.digit) {
      press.keyAt = event.timeStamp
      press.handledAt = performance.now()
      // Each measured key, named in a performance trace (BENCH_GRADE_TRACE); only then, so that
      // the mark's own cost is not in a grade's time, as it is not in the floor's.
      if (markingKeys) performance.mark('grade key')
    }
  },
  { capture: true }
)

function sentence(index: number): Element | null {
  return document.querySelector(`[data-sentence-index="${index}"]`)
}

/** Arms the next credibility key on sentence `index`: done once painted with `digit` and stored. */
function armPress(index: number, digit: string): void {
  const current: Press = { digit, done: Promise.resolve() }
  const shown = whenDom(
    () =>
      current.keyAt !== undefined && sentence(index)?.getAttribute('data-rating')?.endsWith(digit) === true
  )
  const painted = shown
    .then(() => {
      current.domAt = performance.now()
      return afterNextPaint((at) => {
        current.frameAt = at
      })
    })
    .then((at) => {
      current.paintedAt = at
    })
  const stored = new Promise<void>((resolve) => {
    current.onStored = resolve
  })
  current.done = Promise.all([painted, stored]).then(() => undefined)
  press = current
}

/**
 * Where the time of a worker's transaction went, in milliseconds, from its opening to its commit
 * (`transaction`): until its first request, then its requests in `roundTrips` waves (a wave's
 * requests placed once an answer to the wave before had come): the waits for the answers, the
 * work in between, and the commit after the last answer.
 */
interface TransactionSteps {
  transaction: number
  transactionToFirstRequest: number
  /** From the first request of the first wave to its last: the work placing them took. */
  firstWavePlacing: number
  answerWaits: number
  betweenAnswers: number
  commit: number
  roundTrips: number
}

/**
 * Where the time of a grade stored by a worker went: the page's handling of the key until it
 * posted the grade, the message's way to the worker, the worker until it opened the transaction,
 * then the transaction's steps.
 */
interface PressSteps extends TransactionSteps {
  pageToPost: number
  postToWorker: number
  workerToTransaction: number
}

/** The steps of a worker's transaction (see TransactionSteps), on the shared clock. */
function transactionSteps(tx: WorkerTransaction): TransactionSteps {
  const steps = tx.steps.map((s) => ({ placedAt: s.placedAt, answeredAt: s.answeredAt ?? tx.committedAt }))
  const waves: (typeof steps)[] = []
  for (const step of steps) {
    const wave = waves.at(-1)
    // A request placed after one of the current wave was answered waited for that answer.
    if (!wave || wave.some((s) => s.answeredAt <= step.placedAt)) waves.push([step])
    else wave.push(step)
  }
  const spans = waves.map((wave) => ({
    placedAt: Math.min(...wave.map((s) => s.placedAt)),
    answeredAt: Math.max(...wave.map((s) => s.answeredAt))
  }))
  return {
    transaction: tx.committedAt - tx.openedAt,
    transactionToFirstRequest: spans[0]!.placedAt - tx.openedAt,
    firstWavePlacing: Math.max(...waves[0]!.map((s) => s.placedAt)) - spans[0]!.placedAt,
    answerWaits: spans.reduce((sum, span) => sum + span.answeredAt - span.placedAt, 0),
    betweenAnswers: spans.slice(1).reduce((sum, span, i) => sum + span.placedAt - spans[i]!.answeredAt, 0),
    commit: tx.committedAt - spans.at(-1)!.answeredAt,
    roundTrips: waves.length
  }
}

/**
 * The steps of `current` (see PressSteps), when a worker stored it and every step was seen: those
 * of its transaction only when its requests were timed (see armSteps).
 */
function stepsOf(current: Press): PressSteps | Omit<PressSteps, keyof TransactionSteps> | null {
  const tx = current.transaction
  if (!tx || current.postedAt === undefined || current.workerAt === undefined) return null
  return {
    pageToPost: current.postedAt - current.handledAt!,
    postToWorker: current.workerAt - current.postedAt,
    workerToTransaction: tx.openedAt - performance.timeOrigin - current.workerAt,
    ...(tx.steps.length > 0 ? transactionSteps(tx) : {})
  }
}

/**
 * Asks the app's workers to time each request of a grade's transaction from now on: the probe's
 * listeners on them then run in the worker before its commit is heard, and add to the key → stored
 * of the same grades.
 */
function armSteps(): void {
  commits.postMessage({ steps: true })
}

/** Asks the app's workers for the native twin of each grade's transaction from now on. */
function armTwins(): void {
  commits.postMessage({ twins: true })
}

/** How many native twins of grades' transactions have been told so far. */
function twinCount(): number {
  return twins.length
}

/** The steps of the twins told from the `from`-th on, once `count` of them have been told. */
async function twinSteps(from: number, count: number): Promise<TransactionSteps[]> {
  while (twins.length < from + count) await new Promise((resolve) => setTimeout(resolve, 5))
  return twins.slice(from, from + count).map(transactionSteps)
}

/** The armed key's times (see PressResult), once its rating is painted and its grade stored. */
async function pressResult(): Promise<PressResult<ReturnType<typeof stepsOf>>> {
  const current = press!
  await current.done
  press = undefined
  return {
    paint: current.paintedAt! - current.keyAt!,
    stored: current.storedAt! - current.keyAt!,
    toPage: current.handledAt! - current.keyAt!,
    toDom: current.domAt! - current.keyAt!,
    toFrame: current.frameAt! - current.keyAt!,
    toWorker: current.workerAt === undefined ? null : current.workerAt - current.keyAt!,
    steps: stepsOf(current)
  }
}

/** An import's transaction in its worker, as ./app-worker.ts tells it. */
interface ImportTransaction extends WorkerTransaction {
  mode: IDBTransactionMode
  stores: string[]
}

/**
 * The moments of an import after the click on Import article, on the page's clock: the page
 * posting it to the importer's worker, the worker hearing it, answering 'ready', hearing the
 * page's word to write, its transactions, its answer 'imported' and the page hearing it; then the
 * page's own IndexedDB reads until the first sentence is in the page (`shownAt`).
 */
interface ImportTrace {
  /** When it was armed, just before the click. */
  armedAt: number
  postedAt?: number
  workerAt?: number
  readingAt?: number
  readyAt?: number
  writeAt?: number
  /** Posted without its text, prepared ahead: written at once, with no 'ready' and no word to write. */
  ahead?: boolean
  transactions: ImportTransaction[]
  repliedAt?: number
  answerAt?: number
  reads: { placedAt: number; answeredAt?: number }[]
  shownAt?: number
}

let trace: ImportTrace | undefined

/** The worker's side of the trace, told on the bench's channel (see ./app-worker.ts). */
function heardForImport(told: {
  receivedAt?: number
  repliedAt?: number
  kind?: string
  importTransaction?: ImportTransaction
}): void {
  if (!trace) return
  // Heard in any order (the worker tells of a message's arrival after it began on it): each
  // moment is of this import when it came after the trace was armed, just before the click.
  const after = (at: number | undefined) =>
    at !== undefined && at - performance.timeOrigin >= trace!.armedAt
      ? at - performance.timeOrigin
      : undefined
  const received = after(told.receivedAt)
  const replied = after(told.repliedAt)
  if (received !== undefined && told.kind === 'import') trace.workerAt ??= received
  if (received !== undefined && told.kind === 'write') trace.writeAt ??= received
  if (replied !== undefined && told.kind === 'reading') trace.readingAt ??= replied
  if (replied !== undefined && told.kind === 'ready') trace.readyAt ??= replied
  if (replied !== undefined && told.kind === 'imported') trace.repliedAt ??= replied
  if (told.importTransaction) trace.transactions.push(told.importTransaction)
}

/** The page's side: the import posted to its worker. */
function postedForImport(message: unknown): void {
  const { kind, ahead } = (message ?? {}) as { kind?: unknown; ahead?: unknown }
  if (!trace || kind !== 'import' || clickAt === undefined || trace.postedAt !== undefined) return
  trace.postedAt = performance.now()
  trace.ahead = ahead === true
}

// The import's answer, heard by the page as the app's handler is given it.
// Worker may be the probe's own subclass (see sourcemarkBenchNoGradeWorker): the accessor is on
// the prototype of the browser's Worker, further up.
let workerPrototype: object = Worker.prototype
while (!Object.getOwnPropertyDescriptor(workerPrototype, 'onmessage'))
  workerPrototype = Object.getPrototypeOf(workerPrototype) as object
const onWorkerMessage = Object.getOwnPropertyDescriptor(workerPrototype, 'onmessage')!
Object.defineProperty(workerPrototype, 'onmessage', {
  configurable: true,
  get(this: Worker) {
    return onWorkerMessage.get!.call(this)
  },
  set(this: Worker, handler: ((event: MessageEvent) => unknown) | null) {
    const timed =
      handler &&
      function (this: Worker, event: MessageEvent) {
        if (trace && (event.data as { kind?: unknown } | null)?.kind === 'imported')
          trace.answerAt ??= performance.now()
        return handler.call(this, event)
      }
    onWorkerMessage.set!.call(this, timed)
  }
})

/** Times the page's reads between the import's answer and its first sentence shown. */
function timePageReads(proto: object, name: string): void {
  const original = (proto as Record<string, unknown>)[name]
  if (typeof original !== 'function') return
  ;(proto as Record<string, unknown>)[name] = function (this: object, ...args: unknown[]): IDBRequest {
    const request = (original as (...a: unknown[]) => IDBRequest).apply(this, args)
    if (trace?.answerAt !== undefined && trace.shownAt === undefined) {
      const read: { placedAt: number; answeredAt?: number } = { placedAt: performance.now() }
      trace.reads.push(read)
      const answered = () => {
        read.answeredAt ??= performance.now()
      }
      request.addEventListener('success', answered)
      request.addEventListener('error', answered)
    }
    return request
  }
}

for (const name of ['get', 'getAll', 'getKey', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
  timePageReads(IDBObjectStore.prototype, name)
  timePageReads(IDBIndex.prototype, name)
}

/** Starts tracing the next import (armed before its click; `importSteps` reads the trace). */
function armImportSteps(): void {
  trace = { armedAt: performance.now(), transactions: [], reads: [] }
}

/**
 * Where an import's time went, in milliseconds, from the click on Import article to the frame
 * showing its first sentence: the page until it posted the import (`clickToPost`), the message's
 * way (`postToWorker`), the worker until it answered 'ready' (`workerToReady`, of which
 * `workerToLibraryOpen` until it had read the message, the draft's text with it, and had the
 * library open for the import), that answer's way
 * to the page and the page's word to write back (`readyToWrite`; none for an import of a text
 * prepared ahead, posted without it: `handshakes` 0), the worker from that word to
 * its writing transaction (`writeToTransaction`, with the `checks` transactions before it), the
 * transaction's own steps, its commit until the answer was posted (`commitToAnswer`) and the
 * answer's way (`answerToPage`), the page from the answer until the first sentence is in the page
 * (`pageToShown`, of which `pageReads` reads in `pageReadRounds` waves waited `pageReadWaits`),
 * and that change until its frame is presented (`shownToPaint`).
 */
interface ImportSteps extends TransactionSteps {
  clickToPost: number
  postToWorker: number
  workerToReady: number
  workerToLibraryOpen: number
  readyToWrite: number
  writeToTransaction: number
  checks: number
  /** 1 when the import waited for the page's word to write; 0 for one posted ahead, without its text. */
  handshakes: number
  commitToAnswer: number
  answerToPage: number
  pageToShown: number
  pageReads: number
  pageReadRounds: number
  pageReadWaits: number
  shownToPaint: number
}

/** The traced import's steps (see ImportSteps), once its first sentence is painted; null if a step was not seen. */
async function importSteps(paintedMs: number): Promise<ImportSteps | null> {
  const t = trace
  trace = undefined
  // The worker's transactions are told on the channel, heard when the page is free.
  for (let i = 0; i < 100 && t && !t.transactions.some((x) => x.mode === 'readwrite'); i++)
    await new Promise((resolve) => setTimeout(resolve, 10))
  const write = t?.transactions.find((x) => x.mode === 'readwrite')
  // An import ahead is written once the library is open: its 'ready' and its word to write are
  // that moment, so their wait is none.
  if (t?.ahead) {
    t.readyAt ??= t.readingAt
    t.writeAt ??= t.readingAt
  }
  if (
    !t ||
    !write ||
    clickAt === undefined ||
    [t.postedAt, t.workerAt, t.readingAt, t.readyAt, t.writeAt, t.repliedAt, t.answerAt, t.shownAt].includes(
      undefined
    )
  )
    return null
  const onPage = (at: number) => at - performance.timeOrigin
  const reads = t.reads.map((r) => ({ placedAt: r.placedAt, answeredAt: r.answeredAt ?? t.shownAt! }))
  const readSteps = reads.length
    ? transactionSteps({ openedAt: reads[0]!.placedAt, steps: reads, committedAt: t.shownAt! })
    : undefined
  return {
    clickToPost: t.postedAt! - clickAt,
    postToWorker: t.workerAt! - t.postedAt!,
    workerToReady: t.readyAt! - t.workerAt!,
    workerToLibraryOpen: t.readingAt! - t.workerAt!,
    readyToWrite: t.writeAt! - t.readyAt!,
    writeToTransaction: onPage(write.openedAt) - t.writeAt!,
    checks: t.transactions.indexOf(write),
    handshakes: t.ahead ? 0 : 1,
    ...transactionSteps(write),
    commitToAnswer: t.repliedAt! - onPage(write.committedAt),
    answerToPage: t.answerAt! - t.repliedAt!,
    pageToShown: t.shownAt! - t.answerAt!,
    pageReads: reads.length,
    pageReadRounds: readSteps?.roundTrips ?? 0,
    pageReadWaits: readSteps?.answerWaits ?? 0,
    shownToPaint: clickAt + paintedMs - t.shownAt!
  }
}

let clickAt: number | undefined
document.addEventListener(
  'click',
  (event) => {
    // The analyst's click, not the one the app makes on a download link.
    if (event.isTrusted) clickAt = event.timeStamp
  },
  { capture: true }
)

let painted: Promise<number> | undefined

/**
 * Arms the next click: done at the first paint after `selector` matches an element that contains
 * `words` (the article or dialog that click opens). Armed before the click, so a change made
 * while the driver is still returning from it is seen when it happens.
 */
function armPaint(selector: string, words = ''): void {
  const armedAt = performance.now()
  const shown = () => {
    const element = document.querySelector(selector)
    return clickAt !== undefined && clickAt >= armedAt && element?.textContent?.includes(words) === true
  }
  painted = whenDom(shown)
    .then(() => {
      if (trace && trace.shownAt === undefined) trace.shownAt = performance.now()
    })
    .then(() => afterNextPaint())
}

/**
 * Resolves once an element matching `selector` shows text matching `pattern`, seen at the change
 * that shows it (a wait from the driver would poll, and add its own delay to a figure).
 */
function untilText(selector: string, pattern: string): Promise<void> {
  const matches = new RegExp(pattern)
  return whenDom(() => matches.test(document.querySelector(selector)?.textContent ?? ''))
}

/** When the last click was given, on the page's clock: the start of the figures from a click. */
function clickedAt(): number | undefined {
  return clickAt
}

/** Milliseconds from the armed click to that paint. */
async function paintResult(): Promise<number> {
  const at = await painted!
  painted = undefined
  return at - clickAt!
}

/** Milliseconds from the last click to the next Blob made for a download, and its bytes. */
async function clickToDownload(after: number): Promise<{ ms: number; bytes: number }> {
  await new Promise<void>((resolve) => {
    const poll = () => (blobUrls.some((b) => b.at > after) ? resolve() : setTimeout(poll, 5))
    poll()
  })
  const blob = blobUrls.find((b) => b.at > after)!
  return { ms: blob.at - clickAt!, bytes: blob.size }
}

const SENTENCE = '[data-sentence-index]'
/** Sentence elements in the page as the DOM changes, and the most there were since `watchMounted`. */
let mounted = { now: 0, most: 0 }

/**
 * Counts sentence elements as they are added and removed, from every mutation (not once a frame):
 * a reader that mounts a whole article and drops back to a window within one task is still seen.
 */
new MutationObserver((records) => {
  const count = (node: Node) =>
    node instanceof Element ? (node.matches(SENTENCE) ? 1 : 0) + node.querySelectorAll(SENTENCE).length : 0
  for (const record of records) {
    for (const node of record.addedNodes) mounted.now += count(node)
    mounted.most = Math.max(mounted.most, mounted.now)
    for (const node of record.removedNodes) mounted.now -= count(node)
  }
  // Counted again: a subtree changed after it was added is counted twice above, never left out.
  mounted.now = document.querySelectorAll(SENTENCE).length
}).observe(document, { childList: true, subtree: true })

/** Starts a new count of the most sentence elements in the page at once, from what is there now. */
function watchMounted(): void {
  const now = document.querySelectorAll(SENTENCE).length
  mounted = { now, most: now }
}

/** The most sentence elements the page held at once since `watchMounted`. */
function mostMounted(): number {
  return mounted.most
}

/**
 * The longest task and animation frame that started at or after `since` (and before `until`), in
 * milliseconds (0 when none).
 */
function longestSince(since: number, until: number | null = null): Longest {
  const longest = (entries: typeof longTasks) =>
    entries
      .filter((t) => t.start >= since && (until === null || t.start < until))
      .reduce((most, t) => Math.max(most, t.duration), 0)
  return { task: longest(longTasks), frame: longest(longFrames) }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = tx.onabort = () => reject(tx.error)
  })
}

/** A database of the bench's own beside the app's, for the raw IndexedDB anchors. */
async function scratch(): Promise<IDBDatabase> {
  const open = indexedDB.open('bench-scratch', 1)
  open.onupgradeneeded = () => {
    for (const name of ['assessments', 'rows']) open.result.createObjectStore(name)
  }
  return request(open)
}

function appDatabase(): Promise<IDBDatabase> {
  return request(indexedDB.open('sourcemark'))
}

/** Milliseconds per raw `put` of a copy of an assessment row the app stored, committed: the median of `runs`. */
async function rawPut(runs: number): Promise<number[]> {
  const app = await appDatabase()
  const row = await request(app.transaction('assessments').objectStore('assessments').openCursor())
  app.close()
  if (!row) throw new Error('The library holds no assessment to copy.')
  const db = await scratch()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const tx = db.transaction('assessments', 'readwrite')
    tx.objectStore('assessments').put({ ...(row.value as object), updatedAt: new Date().toISOString() }, i)
    await done(tx)
    times.push(performance.now() - started)
  }
  db.close()
  return times
}

/** The raw puts that keys armed by armRawPutsAfterKey start, and their times from each key. */
let keyPuts:
  | {
      db: IDBDatabase
      row: object
      /** With `by: 'worker-grade'`: the history entry written with the row. */
      entry?: object
      mark: HTMLElement
      times: number[]
      /** Heard when a put commits (see rawPutCommitted). */
      onCommit?: () => void
      worker?: Worker
    }
  | undefined

/**
 * The script of a worker of the probe's own: it opens the scratch library `library` before it
 * says it is ready, places `requests` (on `tx`, from the message's `key`, `row` and `entry`) in
 * one read-write transaction over `stores`, asks for the commit at once as the grade writer does,
 * and tells when it committed on the clock the page shares.
 */
const scratchWorker = (library: string, stores: string[], requests: string) => `
const opened = new Promise((resolve, reject) => {
  const open = indexedDB.open('${library}')
  open.onsuccess = () => resolve(open.result)
  open.onerror = () => reject(open.error)
})
opened.then(() => postMessage({ ready: true }))
onmessage = async (event) => {
  const { key, row, entry, at } = event.data
  const db = await opened
  const tx = db.transaction(${JSON.stringify(stores)}, 'readwrite')
  ${requests}
  tx.commit()
  tx.oncomplete = () => postMessage({ at, committedAt: performance.timeOrigin + performance.now() })
}`

/**
 * A worker that puts each row it is sent in the scratch library (not in a store named like the
 * app's, so ./app-worker.ts leaves it alone).
 */
const PUTTING_WORKER = scratchWorker('bench-scratch', ['rows'], "tx.objectStore('rows').put(row, key)")

/** The stores a grade's transaction holds (grade-writer-native.ts), as the scratch copy names them. */
const GRADE_STORES = ['assessments', 'articles', 'history', 'articleCounts']
/** The prefix of the scratch copy's stores: not named like the app's, so ./app-worker.ts leaves them alone. */
const SCRATCH = 'bench-'

/**
 * A worker that writes what a regrade writes, as the grade writer places it: the row and its
 * history entry, in one transaction over the same stores with the same indexes (a scratch copy
 * of the app's, see copyLibraryStores). No app code runs: nothing is read, checked or hashed.
 */
const GRADING_WORKER = scratchWorker(
  'bench-scratch-grade',
  GRADE_STORES.map((name) => SCRATCH + name),
  `tx.objectStore('${SCRATCH}assessments').put(row)
  tx.objectStore('${SCRATCH}history').add(entry)`
)

/** A store's shape: its key and its indexes. */
interface StoreShape {
  name: string
  keyPath: string | string[] | null
  autoIncrement: boolean
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[]
}

/** A new library `bench-scratch-grade` with the app's grade stores, keys and indexes, empty. */
async function copyLibraryStores(app: IDBDatabase): Promise<void> {
  const tx = app.transaction(GRADE_STORES)
  const shapes: StoreShape[] = GRADE_STORES.map((name) => {
    const store = tx.objectStore(name)
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((index) => {
        const { keyPath, unique, multiEntry } = store.index(index)
        return { name: index, keyPath, unique, multiEntry }
      })
    }
  })
  await request(indexedDB.deleteDatabase('bench-scratch-grade'))
  const open = indexedDB.open('bench-scratch-grade', 1)
  open.onupgradeneeded = () => {
    for (const shape of shapes) {
      const store = open.result.createObjectStore(SCRATCH + shape.name, {
        keyPath: shape.keyPath,
        autoIncrement: shape.autoIncrement
      })
      for (const { name, keyPath, unique, multiEntry } of shape.indexes)
        store.createIndex(name, keyPath, { unique, multiEntry })
    }
  }
  ;(await request(open)).close()
}

/** The app's last grade: its row and its history entry, to be written again by GRADING_WORKER. */
async function lastGrade(app: IDBDatabase): Promise<{ row: object; entry: object }> {
  type Entry = { id?: number; entity: string; entityId: string }
  const tx = app.transaction(['history', 'assessments'])
  // From the newest entry back: an article's entries before it may hold whole sentence tables.
  const last = await new Promise<Entry | undefined>((resolve, reject) => {
    const cursor = tx.objectStore('history').openCursor(null, 'prev')
    cursor.onsuccess = () => {
      const at = cursor.result
      if (!at || (at.value as Entry).entity === 'assessment') resolve(at?.value as Entry | undefined)
      else at.continue()
    }
    cursor.onerror = () => reject(cursor.error)
  })
  if (!last) throw new Error('The library holds no grade to copy.')
  const row = (await request(tx.objectStore('assessments').get(last.entityId))) as object | undefined
  if (!row) throw new Error(`The library holds no row for the graded sentence ${last.entityId}.`)
  // Without its id: IndexedDB gives each copy one, as it gives a grade's entry.
  const { id: _id, ...entry } = last
  return { row, entry }
}

/**
 * Arms `F8` to start the same raw put as rawPut and to change a line of the probe's own on the
 * page, as a grade key does: Chromium answers IndexedDB only once the frame showing the change is
 * made, so this is the floor of a write whose key is painted at once. `by: 'worker'`: the page
 * posts the row to a worker of the probe's own, which puts it (see PUTTING_WORKER), timed at that
 * worker's commit as the grade writer's grades are: the floor of a grade stored off the page.
 */
async function armRawPutsAfterKey(by: 'page' | 'worker' | 'worker-grade' = 'page'): Promise<void> {
  const app = await appDatabase()
  const grade = by === 'worker-grade' ? await lastGrade(app) : undefined
  if (grade) await copyLibraryStores(app)
  const row = grade
    ? { value: grade.row }
    : await request(app.transaction('assessments').objectStore('assessments').openCursor())
  app.close()
  if (!row) throw new Error('The library holds no assessment to copy.')
  const mark = document.body.appendChild(document.createElement('div'))
  mark.style.cssText = 'position:fixed;bottom:0;right:0;z-index:10000;background:#fff;font:12px sans-serif'
  const times: number[] = []
  let worker: Worker | undefined
  if (by !== 'page') {
    const source = by === 'worker-grade' ? GRADING_WORKER : PUTTING_WORKER
    const script = createObjectURL(new Blob([source], { type: 'text/javascript' }))
    worker = new Worker(script, { name: `bench-${by}` })
    URL.revokeObjectURL(script)
    const ready = new Promise((resolve) => worker!.addEventListener('message', resolve, { once: true }))
    // Heard late, while the page is busy, but timed at the commit.
    worker.onmessage = (event: MessageEvent<{ at?: number; committedAt?: number }>) => {
      const { at, committedAt } = event.data
      if (at !== undefined && committedAt !== undefined)
        putCommitted(committedAt - performance.timeOrigin - at)
    }
    // The library opened before the first key, as the grade writer's is.
    await ready
  }
  keyPuts = { db: await scratch(), row: row.value as object, entry: grade?.entry, mark, times, worker }
}

/** Keeps the time of an armed key's committed put, and tells whoever waits for it. */
function putCommitted(ms: number): void {
  keyPuts?.times.push(ms)
  keyPuts?.onCommit?.()
}

/**
 * Resolves once `count` armed keys' puts have committed: the driver waits on this after each key
 * as it waits on pressResult after a grade's, so that a floor and a grade are driven alike.
 */
function rawPutCommitted(count: number): Promise<void> {
  const armed = keyPuts!
  return new Promise((resolve) => {
    armed.onCommit = () => {
      if (armed.times.length >= count) resolve()
    }
    armed.onCommit()
  })
}

document.addEventListener(
  'keydown',
  (event) => {
    if (!keyPuts || !event.isTrusted || event.key !== 'F8') return
    event.stopImmediatePropagation()
    event.preventDefault()
    const { db, row, entry, mark, times, worker } = keyPuts
    const at = event.timeStamp
    mark.textContent = `raw put ${times.length + 1}`
    if (worker) {
      const updatedAt = new Date().toISOString()
      worker.postMessage({
        key: `put-after-key-${times.length}`,
        row: { ...row, updatedAt },
        // A new entry, dated as the row.
        entry: entry && { ...entry, at: updatedAt },
        at
      })
      return
    }
    const tx = db.transaction('assessments', 'readwrite')
    tx.objectStore('assessments').put({ ...row, updatedAt: new Date().toISOString() }, times.length)
    tx.addEventListener('complete', () => putCommitted(performance.now() - at))
  },
  { capture: true }
)

/** Milliseconds from each armed key to its committed put, once `count` have committed; disarms. */
async function rawPutsAfterKey(count: number): Promise<number[]> {
  const armed = keyPuts!
  await rawPutCommitted(count)
  keyPuts = undefined
  armed.mark.remove()
  armed.worker?.terminate()
  armed.db.close()
  return armed.times
}

/**
 * Seconds to write again, in one raw transaction, every row the app stored for `articleId` (its
 * record, text, sentence table and history): the floor an import is held to.
 */
async function rawBulkAdd(articleId: string, runs: number): Promise<{ seconds: number[]; rows: number }> {
  const app = await appDatabase()
  const read = app.transaction(['articles', 'texts', 'sentences', 'history'])
  const rows = [
    await request(read.objectStore('articles').get(articleId)),
    await request(read.objectStore('texts').get(articleId)),
    await request(read.objectStore('sentences').get(articleId)),
    ...((await request(read.objectStore('history').getAll())) as { entityId?: string }[]).filter(
      (h) => h.entityId === articleId
    )
  ].filter((r) => r !== undefined)
  app.close()
  const db = await scratch()
  const seconds: number[] = []
  for (let run = 0; run < runs; run++) {
    const clear = db.transaction('rows', 'readwrite')
    clear.objectStore('rows').clear()
    await done(clear)
    const started = performance.now()
    const tx = db.transaction('rows', 'readwrite')
    rows.forEach((row, i) => tx.objectStore('rows').add(row, i))
    await done(tx)
    seconds.push((performance.now() - started) / 1000)
  }
  db.close()
  return { seconds, rows: rows.length }
}

/** The id of the article titled `title`. */
async function articleIdByTitle(title: string): Promise<string> {
  const app = await appDatabase()
  const rows = (await request(app.transaction('articles').objectStore('articles').getAll())) as {
    id: string
    title: string
  }[]
  app.close()
  const found = rows.find((r) => r.title === title)
  if (!found) throw new Error(`No article titled “${title}” in the library.`)
  return found.id
}

/** How many sentences the app stored for the article. */
async function sentenceCount(articleId: string): Promise<number> {
  const app = await appDatabase()
  const table = (await request(app.transaction('sentences').objectStore('sentences').get(articleId))) as {
    seqs: Uint32Array
  }
  app.close()
  return table.seqs.length
}

/** How many of the article's sentences have an assessment. */
async function gradedCount(articleId: string): Promise<number> {
  const app = await appDatabase()
  const rows = (await request(app.transaction('assessments').objectStore('assessments').getAll())) as {
    articleId: string
  }[]
  app.close()
  return rows.filter((r) => r.articleId === articleId).length
}

/** The article's text, sentence table and one assessment row, as the app stored them. */
async function storedArticle(articleId: string): Promise<{
  text: string
  seqs: number[]
  starts: number[]
  ends: number[]
  assessment: object | undefined
}> {
  const app = await appDatabase()
  const tx = app.transaction(['texts', 'sentences', 'assessments'])
  const { text } = (await request(tx.objectStore('texts').get(articleId))) as { text: string }
  const table = (await request(tx.objectStore('sentences').get(articleId))) as {
    seqs: Uint32Array
    starts: Uint32Array
    ends: Uint32Array
  }
  const rows = (await request(tx.objectStore('assessments').getAll())) as { articleId: string }[]
  app.close()
  return {
    text,
    seqs: [...table.seqs],
    starts: [...table.starts],
    ends: [...table.ends],
    assessment: rows.find((r) => r.articleId === articleId)
  }
}

/** Puts assessment rows as given, straight into IndexedDB (no history): a reload shows them. */
async function putAssessments(rows: object[]): Promise<void> {
  const app = await appDatabase()
  const tx = app.transaction('assessments', 'readwrite')
  for (const row of rows) tx.objectStore('assessments').put(row)
  await done(tx)
  app.close()
}

Object.assign(globalThis, {
  sourcemarkAppBench: {
    armPress,
    pressResult,
    armTwins,
    armSteps,
    twinCount,
    twinSteps,
    armPaint,
    paintResult,
    armImportSteps,
    importSteps,
    clickedAt,
    untilText,
    clickToDownload,
    longestSince,
    watchMounted,
    mostMounted,
    rawPut,
    armRawPutsAfterKey,
    rawPutsAfterKey,
    rawPutCommitted,
    markKeys,
    rawBulkAdd,
    storedArticle,
    sentenceCount,
    gradedCount,
    putAssessments,
    articleIdByTitle,
    now: () => performance.now()
  }
})
