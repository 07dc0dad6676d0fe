// Runs inside each of the app's workers (evaluated there by ./app-shell.ts as the worker starts):
// reports every committed read-write transaction over the assessments, and every message the
// worker is sent, with the moment on the clock the page shares (timeOrigin + now), so the page's
// probe (./app-page.ts) can time "stored" at a worker's commit, not when the page hears of it,
// and say how much of it was the message's way to the worker. With each commit go the steps of
// its transaction: when it was opened, and when each of its requests was placed and answered, so
// the bench can say where a grade's time goes (round trips, the commit). Once the page's probe
// has asked for twins (BENCH_GRADE_TWIN=1), each grade's row and entry are written again, right
// after its commit, by its native twin (see twin), whose steps are told beside it. In the
// importer's worker, an import's transactions and its answers are told too (see importWatching).
// The app's code is never changed: its message handler and postMessage are only wrapped, to time
// each message's arrival and each answer.

/** Where the page's probe hears of the commits. */
const channel = new BroadcastChannel('sourcemark-bench-commits')

/** Whether the page's probe asked for each grade's native twin. */
let twinsAsked = false
/**
 * Whether the page's probe asked for each request of a grade to be timed (BENCH_GRADE_STEPS=1, or
 * with the twins): only then are listeners of the probe's own put on the grade's requests, whose
 * answers would otherwise run no script in the worker before its commit is heard.
 */
let requestsTimed = false
channel.onmessage = (event: MessageEvent<{ twins?: boolean; steps?: boolean }>) => {
  if (event.data.twins) twinsAsked = requestsTimed = true
  if (event.data.steps) requestsTimed = true
}

const clock = () => performance.timeOrigin + performance.now()

/** One request of a watched transaction: placed, then answered (success or error). */
interface Step {
  placedAt: number
  answeredAt?: number
}

/** A watched transaction: when it opened, its requests, and the row and entry it wrote. */
interface Timeline {
  openedAt: number
  steps: Step[]
  row?: unknown
  entry?: unknown
}

/** The watched (read-write, over the assessments) transactions still open, with their requests. */
const watched = new Map<IDBTransaction, Timeline>()

const openWorkerTransaction = IDBDatabase.prototype.transaction
IDBDatabase.prototype.transaction = function (
  this: IDBDatabase,
  ...args: Parameters<IDBDatabase['transaction']>
): IDBTransaction {
  const tx = openWorkerTransaction.apply(this, args)
  const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]]
  if (args[1] === 'readwrite' && stores.includes('assessments')) {
    const timeline: Timeline = { openedAt: clock(), steps: [] }
    const receivedAt = gradeArrival()
    watched.set(tx, timeline)
    tx.addEventListener('complete', () => {
      const committedAt = clock()
      watched.delete(tx)
      const { row, entry, ...told } = timeline
      channel.postMessage({ committedAt, ...told, ...(receivedAt === undefined ? {} : { receivedAt }) })
      if (twinsAsked && row !== undefined && entry !== undefined) void twin(row, entry)
    })
    tx.addEventListener('abort', () => watched.delete(tx))
  }
  return tx
}

/** Times every request placed on a watched transaction (a grade's or an import's) through `proto[name]`. */
function timeRequests(proto: object, name: string): void {
  const original = (proto as Record<string, unknown>)[name]
  if (typeof original !== 'function') return
  ;(proto as Record<string, unknown>)[name] = function (
    this: IDBObjectStore | IDBIndex,
    ...args: unknown[]
  ): IDBRequest {
    const request = (original as (...a: unknown[]) => IDBRequest).apply(this, args)
    if (!requestsTimed && importWatched.size === 0) return request
    const store = 'objectStore' in this ? this.objectStore : this
    const grade = watched.get(store.transaction)
    if (grade) {
      // The grade's row and its history entry, for its twin.
      if (name === 'put' && store.name === 'assessments') grade.row = args[0]
      if (name === 'add' && store.name === 'history') grade.entry = args[0]
    }
    const timeline = grade ?? importWatched.get(store.transaction)
    if (timeline) placed(timeline.steps, request)
    return request
  }
}

for (const name of ['get', 'getAll', 'getKey', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
  timeRequests(IDBObjectStore.prototype, name)
  timeRequests(IDBIndex.prototype, name)
}
for (const name of ['put', 'add', 'delete', 'clear']) timeRequests(IDBObjectStore.prototype, name)

/** A library of the bench's own with the grade's tables and indexes (as the app declares them). */
let twinLibrary: Promise<IDBDatabase> | undefined

function twinDatabase(): Promise<IDBDatabase> {
  twinLibrary ??= new Promise((resolve, reject) => {
    const open = indexedDB.open('sourcemark-bench-twin', 1)
    open.onupgradeneeded = () => {
      const db = open.result
      db.createObjectStore('assessments', { keyPath: 'sentenceId' }).createIndex('articleId', 'articleId')
      const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true })
      history.createIndex('at', 'at')
      history.createIndex('[entity+entityId]', ['entity', 'entityId'])
      history.createIndex('action', 'action')
      db.createObjectStore('articles', { keyPath: 'id' })
      db.createObjectStore('articleCounts', { keyPath: 'articleId' })
    }
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  return twinLibrary
}

/** Places `request` as a step of `steps`, answered at its first success or error. */
function placed<T>(steps: Step[], request: IDBRequest<T>): IDBRequest<T> {
  const step: Step = { placedAt: clock() }
  steps.push(step)
  const answered = () => {
    step.answeredAt ??= clock()
  }
  request.addEventListener('success', answered)
  request.addEventListener('error', answered)
  return request
}

/** The key the twins' library gives its next entry, once a twin's entry took the one before. */
let twinNextKey: number | undefined

/**
 * A grade's transaction without the app's code between its requests: the same stores, the same
 * requests in one wave as the app places them after its own grade (the row put, the entry added
 * under the key the history gives next, the commit asked for with them), in a library of the
 * bench's own, right after the grade's own commit. Its steps are told as `twin`: what IndexedDB
 * alone takes for that transaction then. The first twin's entry takes the key given, as the
 * app's first grade's does.
 */
async function twin(row: unknown, entry: unknown): Promise<void> {
  const db = await twinDatabase()
  const { id: _id, ...newEntry } = entry as { id?: number }
  const steps: Step[] = []
  const openedAt = clock()
  const tx = openWorkerTransaction.call(
    db,
    ['assessments', 'articles', 'history', 'articleCounts'],
    'readwrite'
  )
  const committed = new Promise<number>((resolve, reject) => {
    tx.addEventListener('complete', () => resolve(clock()))
    tx.addEventListener('abort', () => reject(tx.error))
  })
  placed(steps, tx.objectStore('assessments').put(row))
  const added = placed(
    steps,
    tx.objectStore('history').add(twinNextKey === undefined ? newEntry : { ...newEntry, id: twinNextKey })
  )
  tx.commit()
  added.addEventListener('success', () => (twinNextKey = (added.result as number) + 1))
  channel.postMessage({ twin: { openedAt, steps, committedAt: await committed } })
}

/** The arrival of the message the worker last heard, until it is told (see heard). */
let untold: { receivedAt: number; kind?: string } | undefined

/**
 * The arrival of a grade's message, if it is still untold: it is then told with the commit of
 * the transaction the grade opens (see heard).
 */
function gradeArrival(): number | undefined {
  if (!untold || untold.kind !== undefined) return undefined
  const { receivedAt } = untold
  untold = undefined
  return receivedAt
}

/** Notes a message's arrival, then lets the worker's own handler have it. */
function heard(handler: Handler): Handler {
  if (!handler) return handler
  return function (this: unknown, event: MessageEvent) {
    const at = clock()
    const { kind, ahead } = (event.data ?? {}) as { kind?: unknown; ahead?: unknown }
    // Written on the page's word, or at once when posted ahead (see ImportRequest).
    if (kind === 'write' || (kind === 'import' && ahead === true)) importWatching = true
    const arrival = { receivedAt: at, ...(typeof kind === 'string' ? { kind } : {}) }
    untold = arrival
    const result = handler.call(this, event)
    // A grade's arrival is told with the commit of the transaction it opens (in the microtasks
    // after this handler), so that nothing leaves the worker while that transaction is under
    // way, as nothing leaves the floor's worker (./app-page.ts); any other message's, once the
    // worker's own work on it has begun, so the telling does not delay it.
    setTimeout(() => {
      if (untold !== arrival) return
      untold = undefined
      channel.postMessage(arrival)
    })
    return result
  }
}

// An import's write, in the importer's worker: every transaction it opens from the page's word to
// write until its answer, with their requests, and the moments it answers the page ('ready',
// 'imported'), so the page's probe can say where the time after Import article goes.
/** Whether the worker was told to write an import and has not yet answered it. */
let importWatching = false

const openImportTransaction = IDBDatabase.prototype.transaction
IDBDatabase.prototype.transaction = function (
  this: IDBDatabase,
  ...args: Parameters<IDBDatabase['transaction']>
): IDBTransaction {
  const tx = openImportTransaction.apply(this, args)
  if (importWatching) {
    const timeline: Timeline = { openedAt: clock(), steps: [] }
    const mode = args[1] ?? 'readonly'
    const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]]
    importWatched.set(tx, timeline)
    tx.addEventListener('complete', () => {
      importWatched.delete(tx)
      channel.postMessage({ importTransaction: { ...timeline, committedAt: clock(), mode, stores } })
    })
    tx.addEventListener('abort', () => importWatched.delete(tx))
  }
  return tx
}

/** The import's transactions still open, with their requests (timed by timeRequests). */
const importWatched = new Map<IDBTransaction, Timeline>()

// The worker's answers, timed as they are posted: the import's 'ready' and 'imported'.
const postFromWorker = self.postMessage.bind(self) as (message: unknown, options?: unknown) => void
self.postMessage = ((message: unknown, options?: unknown) => {
  const { kind, stage } = (message ?? {}) as { kind?: unknown; stage?: unknown }
  // The import's first stage is told once the worker has opened the library for it.
  if (kind === 'stage' && stage === 'reading') channel.postMessage({ repliedAt: clock(), kind: 'reading' })
  if (kind === 'ready' || kind === 'imported') {
    channel.postMessage({ repliedAt: clock(), kind })
    if (kind === 'imported') importWatching = false
  }
  postFromWorker(message, options)
}) as typeof self.postMessage

// The worker's own onmessage (set before or after this probe) is wrapped, so the arrival is timed
// before the worker begins on it: a listener of the probe's own would run after the worker's, and
// after the microtasks that open its transaction.
type Handler = ((event: MessageEvent) => unknown) | null
/** The onmessage accessor of the worker’s global (its own, as a global’s attributes are). */
function onmessageAccessor(): { get: () => Handler; set: (handler: Handler) => void } {
  for (let proto: object | null = self; proto; proto = Object.getPrototypeOf(proto)) {
    const found = Object.getOwnPropertyDescriptor(proto, 'onmessage')
    if (found?.get && found.set) return found as { get: () => Handler; set: (handler: Handler) => void }
  }
  throw new Error('No onmessage accessor on the worker’s global')
}
const ownHandler = onmessageAccessor()
const handlerNow = ownHandler.get.call(self)
Object.defineProperty(self, 'onmessage', {
  configurable: true,
  get: () => ownHandler.get.call(self),
  set: (handler: Handler) => ownHandler.set.call(self, heard(handler))
})
if (handlerNow) ownHandler.set.call(self, heard(handlerNow))
