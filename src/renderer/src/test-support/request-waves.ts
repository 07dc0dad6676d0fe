// How many round trips to IndexedDB a piece of work took, counted from the requests it placed,
// and what it asked for (its reads, its writes, when it asked for each commit): what the grade
// writer's and the import's tests hold their writes to.

/**
 * In how many waves `write` placed its requests: a request placed once one of the current wave
 * had been answered waited for that answer, and starts the next wave.
 */
export async function wavesOf(write: () => Promise<unknown>): Promise<number> {
  const methods = [
    'get',
    'getKey',
    'getAll',
    'getAllKeys',
    'openCursor',
    'openKeyCursor',
    'put',
    'add',
    'delete',
    'count'
  ]
  const waves: { answered: boolean }[][] = []
  // Reads through an index count too (a duplicate check looks a fingerprint up by one).
  const originals = [IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) =>
    methods
      .filter((name) => name in proto)
      .map((name) => [proto, name, Reflect.get(proto, name) as (...a: unknown[]) => IDBRequest] as const)
  )
  for (const [proto, name, original] of originals) {
    Reflect.set(proto, name, function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
      const request = original.apply(this, args)
      const step = { answered: false }
      const wave = waves.at(-1)
      if (!wave || wave.some((s) => s.answered)) waves.push([step])
      else wave.push(step)
      request.addEventListener('success', () => (step.answered = true), { once: true })
      return request
    })
  }
  try {
    await write()
  } finally {
    for (const [proto, name, original] of originals) Reflect.set(proto, name, original)
  }
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
  const writes = new Set(['put', 'add', 'delete', 'clear'])
  const reads = ['get', 'getKey', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count']
  const originals = [
    ...[IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) =>
      [...reads, ...writes]
        .filter((name) => name in proto)
        .map((name) => [proto, name, Reflect.get(proto, name) as (...a: unknown[]) => unknown] as const)
    ),
    [IDBTransaction.prototype, 'commit', IDBTransaction.prototype.commit] as const
  ]
  for (const [proto, name, original] of originals) {
    Reflect.set(proto, name, function (this: IDBObjectStore | IDBIndex | IDBTransaction, ...args: unknown[]) {
      if (this instanceof IDBTransaction) {
        asked.commits.push(answered.has(this) ? 'after an answer' : 'before any answer')
        return original.apply(this, args)
      }
      const request = original.apply(this, args) as IDBRequest
      ;(writes.has(name) ? asked.writes : asked.reads).push(name)
      const tx = request.transaction!
      const heard = () => answered.add(tx)
      request.addEventListener('success', heard, { once: true })
      request.addEventListener('error', heard, { once: true })
      return request
    })
  }
  try {
    await write()
  } finally {
    for (const [proto, name, original] of originals) Reflect.set(proto, name, original)
  }
  return asked
}
