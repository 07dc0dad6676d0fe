// How many round trips to IndexedDB a piece of work took, counted from the requests it placed,
// and what it asked for (its reads, its writes, when it asked for each commit): what the grade
// writer's and the import's tests hold their writes to.

const READS = ['get', 'getKey', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count']
const WRITES = ['put', 'add', 'delete', 'clear']

/**
 * Runs `write` with every request it places on a store or an index (reads through an index count
 * too: a duplicate check looks a fingerprint up by one) told to `placed`, and every commit it asks
 * for told to `committing`; IndexedDB is as it was afterwards.
 */
async function watching(
  write: () => Promise<unknown>,
  placed: (method: string, request: IDBRequest) => void,
  committing: (tx: IDBTransaction) => void = () => undefined
): Promise<void> {
  const originals = [
    ...[IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) =>
      [...READS, ...WRITES]
        .filter((name) => name in proto)
        .map((name) => [proto, name, Reflect.get(proto, name) as (...a: unknown[]) => unknown] as const)
    ),
    [IDBTransaction.prototype, 'commit', IDBTransaction.prototype.commit] as const
  ]
  for (const [proto, name, original] of originals) {
    Reflect.set(proto, name, function (this: IDBObjectStore | IDBIndex | IDBTransaction, ...args: unknown[]) {
      if (this instanceof IDBTransaction) committing(this)
      const result = original.apply(this, args)
      if (!(this instanceof IDBTransaction)) placed(name, result as IDBRequest)
      return result
    })
  }
  try {
    await write()
  } finally {
    for (const [proto, name, original] of originals) Reflect.set(proto, name, original)
  }
}

/**
 * In how many waves `write` placed its requests: a request placed once one of the current wave
 * had been answered waited for that answer, and starts the next wave.
 */
export async function wavesOf(write: () => Promise<unknown>): Promise<number> {
  const waves: { answered: boolean }[][] = []
  await watching(write, (_, request) => {
    const step = { answered: false }
    const wave = waves.at(-1)
    if (!wave || wave.some((s) => s.answered)) waves.push([step])
    else wave.push(step)
    request.addEventListener('success', () => (step.answered = true), { once: true })
  })
  return waves.length
}

/** What a piece of work asked of IndexedDB (see requestsOf). */
export interface Requests {
  /** Its reads, by method (`get`, `getKey`, `openCursor`…). */
  reads: string[]
  /** Its writes, by method (`put`, `add`, `delete`). */
  writes: string[]
  /** Each commit it asked for: whether any request of that transaction had been answered by then. */
  commits: ('before any answer' | 'after an answer')[]
}

/** The requests `write` placed and the commits it asked for (see Requests). */
export async function requestsOf(write: () => Promise<unknown>): Promise<Requests> {
  const asked: Requests = { reads: [], writes: [], commits: [] }
  const answered = new WeakSet<IDBTransaction>()
  await watching(
    write,
    (method, request) => {
      ;(WRITES.includes(method) ? asked.writes : asked.reads).push(method)
      const heard = () => answered.add(request.transaction!)
      request.addEventListener('success', heard, { once: true })
      request.addEventListener('error', heard, { once: true })
    },
    (tx) => asked.commits.push(answered.has(tx) ? 'after an answer' : 'before any answer')
  )
  return asked
}
