// Runs inside each of the app's workers (evaluated there by ./app-shell.ts as the worker starts):
// reports every committed read-write transaction over the assessments, and every message the
// worker is sent, with the moment on the clock the page shares (timeOrigin + now), so the page's
// probe (./app-page.ts) can time "stored" at a worker's commit, not when the page hears of it,
// and say how much of it was the message's way to the worker. With each commit go the steps of
// its transaction: when it was opened, and when each of its requests was placed and answered, so
// the bench can say where a grade's time goes (round trips, the commit). The app's code is never
// changed: its message handler is only wrapped, to time each message's arrival.

/** Where the page's probe hears of the commits. */
const channel = new BroadcastChannel('sourcemark-bench-commits')

const clock = () => performance.timeOrigin + performance.now()

/** One request of a watched transaction: placed, then answered (success or error). */
interface Step {
  placedAt: number
  answeredAt?: number
}

/** The watched (read-write, over the assessments) transactions still open, with their requests. */
const watched = new Map<IDBTransaction, { openedAt: number; steps: Step[] }>()

const openWorkerTransaction = IDBDatabase.prototype.transaction
IDBDatabase.prototype.transaction = function (
  this: IDBDatabase,
  ...args: Parameters<IDBDatabase['transaction']>
): IDBTransaction {
  const tx = openWorkerTransaction.apply(this, args)
  const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]]
  if (args[1] === 'readwrite' && stores.includes('assessments')) {
    const timeline = { openedAt: clock(), steps: [] as Step[] }
    watched.set(tx, timeline)
    tx.addEventListener('complete', () => {
      watched.delete(tx)
      channel.postMessage({ committedAt: clock(), ...timeline })
    })
    tx.addEventListener('abort', () => watched.delete(tx))
  }
  return tx
}

/** Times every request placed on a watched transaction through `proto[name]`. */
function timeRequests(proto: object, name: string): void {
  const original = (proto as Record<string, unknown>)[name]
  if (typeof original !== 'function') return
  ;(proto as Record<string, unknown>)[name] = function (
    this: IDBObjectStore | IDBIndex,
    ...args: unknown[]
  ): IDBRequest {
    const request = (original as (...a: unknown[]) => IDBRequest).apply(this, args)
    const store = 'objectStore' in this ? this.objectStore : this
    const timeline = watched.get(store.transaction)
    if (timeline) {
      const step: Step = { placedAt: clock() }
      timeline.steps.push(step)
      const answered = () => {
        step.answeredAt ??= clock()
      }
      request.addEventListener('success', answered)
      request.addEventListener('error', answered)
    }
    return request
  }
}

for (const name of ['get', 'getAll', 'getKey', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
  timeRequests(IDBObjectStore.prototype, name)
  timeRequests(IDBIndex.prototype, name)
}
for (const name of ['put', 'add', 'delete', 'clear']) timeRequests(IDBObjectStore.prototype, name)

/** Notes a message's arrival, then lets the worker's own handler have it. */
function heard(handler: Handler): Handler {
  if (!handler) return handler
  return function (this: unknown, event: MessageEvent) {
    const at = clock()
    const result = handler.call(this, event)
    channel.postMessage({ receivedAt: at })
    return result
  }
}

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
