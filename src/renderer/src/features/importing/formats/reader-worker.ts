// The file reader's worker, kept warm: one is started before the first read (when the import
// dialog opens) and each read takes it, so a read pays neither the worker's start nor its
// libraries' load twice. A read that ends by an answer gives the worker back; a cancelled read
// ends its worker at once, and a fresh one is started for the next read. Two reads at once (a
// batch) each have a worker; only one is kept afterwards.

let idle: Worker | null = null
let started = 0

function start(): Worker {
  started++
  return new Worker(new URL('./format.worker.ts', import.meta.url), { type: 'module', name: 'file-reader' })
}

/** Starts the reader's worker ahead of a read, if none is waiting. */
export function warmFileReader(): void {
  idle ??= start()
}

/** The waiting worker, or a new one when it is busy with another read or none was started. */
export function takeFileReader(): Worker {
  const worker = idle ?? start()
  idle = null
  return worker
}

/** A worker whose read has answered: kept for the next read, unless one is already kept. */
export function returnFileReader(worker: Worker): void {
  worker.onmessage = null
  worker.onerror = null
  if (idle) worker.terminate()
  else idle = worker
}

/** A worker stopped mid-read (or broken): ended now, and a fresh one made ready for the next read. */
export function endFileReader(worker: Worker): void {
  worker.terminate()
  warmFileReader()
}

/** How many reader workers this page has started: tests count them to see one reused. */
export function fileReaderWorkersStarted(): number {
  return started
}
