// How many round trips to IndexedDB a piece of work took, counted from the requests it placed:
// what the grade writer's and the import's tests hold their writes to.

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
