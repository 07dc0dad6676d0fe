// Runs inside each of the app's workers (evaluated there by ./app-shell.ts as the worker starts):
// reports every committed read-write transaction over the assessments, and every message the
// worker is sent, with the moment on the clock the page shares (timeOrigin + now), so the page's
// probe (./app-page.ts) can time "stored" at a worker's commit, not when the page hears of it,
// and say how much of it was the message's way to the worker. The app is never changed.

/** Where the page's probe hears of the commits. */
const channel = new BroadcastChannel('sourcemark-bench-commits')

const openWorkerTransaction = IDBDatabase.prototype.transaction
IDBDatabase.prototype.transaction = function (
  this: IDBDatabase,
  ...args: Parameters<IDBDatabase['transaction']>
): IDBTransaction {
  const tx = openWorkerTransaction.apply(this, args)
  const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]]
  if (args[1] === 'readwrite' && stores.includes('assessments')) {
    tx.addEventListener('complete', () => {
      channel.postMessage({ committedAt: performance.timeOrigin + performance.now() })
    })
  }
  return tx
}

addEventListener('message', () =>
  channel.postMessage({ receivedAt: performance.timeOrigin + performance.now() })
)
