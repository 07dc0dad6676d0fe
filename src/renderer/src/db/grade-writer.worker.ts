// Writes grades off the page, on a connection of its own to the same library with the same schema
// (database.ts), with IndexedDB alone (grade-writer-native.ts: the transaction of writeGrade in
// assessments.ts, from the same rules): Chromium answers a page's IndexedDB requests only after
// the frame its key changed is presented, a worker's as soon as they are done. The page announces
// each write, with what it changed, to its own live queries and to other windows.
import './grade-writer-silence'
import './history-hashing-bundled'
import type { SourcemarkDatabase } from './database'
import { KnownState, readAhead, writeGradeNatively } from './grade-writer-native'
import { warmUpHashing } from './grade-writer-warm-up'
import type { GradeReadAhead, GradeWriteRequest, GradeWriteResponse } from './grade-writer-protocol'
import { historyHashingIfReady } from './history-hashing'
import { inOrder } from './in-order'
import { workerLibraries } from './worker-library'
import { errorReport } from '../worker-start'

const reply = (response: GradeWriteResponse) => postMessage(response)

/** What this worker's grades last left in each library open (see KnownState). */
const known = new Map<SourcemarkDatabase, KnownState>()

function knownOf(db: SourcemarkDatabase): KnownState {
  let state = known.get(db)
  if (!state) known.set(db, (state = new KnownState()))
  return state
}

/**
 * Each library opened once and kept open (a grade must not wait for an open); null if it cannot
 * be. Once let go (another window upgrades or deletes it), what its grades left is forgotten.
 */
const library = workerLibraries((db) => known.delete(db))

async function write({ id, database, grade }: GradeWriteRequest): Promise<void> {
  // Open already, the grade's transaction is opened in the task its message came in.
  const db = library.openNow(database) ?? (await library(database))
  // A host whose workers cannot reach the page's storage, or a library this app cannot write:
  // the page writes it itself, or refuses it as it refuses its own writes.
  if (!db) return reply({ id, kind: 'unavailable' })
  try {
    // Opened by Dexie (its upgrades, its handling of other windows), written through natively.
    const { result, action, changed, changes } = await writeGradeNatively(
      db.backendDB(),
      grade,
      historyHashingIfReady()!,
      knownOf(db)
    )
    reply({ id, kind: 'stored', row: result, action, changed, changes })
  } catch (error) {
    reply({ id, kind: 'failed', ...errorReport(error) })
  }
}

/** One queue: grades are written in the order the page sent them, at once when none is under way. */
const inTurn = inOrder()

/** Reads ahead for the selected sentence; a failure only means its grade reads before it writes. */
async function prepare({ database, sentenceId, articleId }: GradeReadAhead): Promise<void> {
  const db = await library(database)
  if (!db) return
  const known = knownOf(db)
  await readAhead(db.backendDB(), sentenceId, articleId, known).catch(() => known.forget())
}

self.onmessage = (event: MessageEvent<GradeWriteRequest | GradeReadAhead>) => {
  const message = event.data
  void inTurn(() => (message.kind === 'read-ahead' ? prepare(message) : write(message)))
}

// While the analyst reads: the first grades are hashed by compiled code (grade-writer-warm-up.ts).
void warmUpHashing(historyHashingIfReady()!)
