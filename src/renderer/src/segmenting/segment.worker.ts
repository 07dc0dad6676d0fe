// Imports off the UI thread: normalises the text, fingerprints it with WebCrypto, segments it,
// builds its sentence table and hashes the table's bytes, and for a whole import writes the rows
// too, in one transaction of its own connection to the library. The page never holds a 5 MB
// text in a task of its own. What an import wrote is announced by the page, to its live queries
// and to other windows, once it has shown the article (see announceOnceShown).
// A text prepared ahead, while the analyst reads the import form, is kept for its import, and
// its text row written ahead of it (the import then writes only the small rows).
import { announcedBy } from './import-announcements'
import '../db/history-hashing-bundled'
import type { ImportStage, PreparedText } from '@shared/segment/prepare'
import { tableBuffers } from '@shared/segment/table'
import { dropTextAhead, importArticle, importLanguage, writeTextAhead } from '../db/articles'
import type { SentenceTable, SourcemarkDatabase } from '../db/database'
import { KeptPreparation } from './kept-preparation'
import { heldLibrary, libraryFor, openAhead, releaseAfter } from './library-ahead'
import { prepareHere } from './prepare-here'
import type { HandedRows, ImporterRequest, ImporterResponse } from './protocol'
import { errorReport } from '../worker-start'

const reply = (response: ImporterResponse, transfer: Transferable[] = []) =>
  postMessage(response, { transfer })

/** A table whose columns are copies, to be transferred while the original stays usable. */
function copyOfTable(table: SentenceTable): SentenceTable {
  const { seqs, starts, ends, kinds } = table
  return { ...table, seqs: seqs.slice(), starts: starts.slice(), ends: ends.slice(), kinds: kinds.slice() }
}

/** The imports under way, by request id, each with what cancels it. */
const running = new Map<number, AbortController>()
/** Imports prepared and waiting for the page's word to write, by request id. */
const waiting = new Map<number, () => void>()
/** The text prepared ahead of its import, the newest asked for. */
const ahead = new KeptPreparation(prepareHere)

/** The text of the kept preparation, written ahead of its import (see writeTextAhead). */
let written: { articleId: string; database: string } | undefined
/** The last step on the text written ahead: each step (a write, a drop) waits for the one before. */
let steps: Promise<void> = Promise.resolve()

/** Runs `step` on the text written ahead once the steps before it are done. */
function textStep(step: () => Promise<void>): Promise<void> {
  return (steps = steps.then(step, step))
}

/**
 * Writes the text of `prepared`, kept for the import of library `database`, ahead of that import
 * (once a text written for an earlier preparation is dropped). Nothing is written where the
 * library is not held open, or when the write fails: the import then writes the text itself.
 */
function writeAhead(database: string, prepared: PreparedText): Promise<void> {
  const { articleId } = prepared.table
  return textStep(async () => {
    const db = await heldLibrary(database)
    await forgetTextAhead(db, articleId)
    if (!db || written?.articleId === articleId) return
    const done = await writeTextAhead(db, { articleId, text: prepared.text, sha256: prepared.sha256 }).catch(
      () => false
    )
    if (done) written = { articleId, database }
  })
}

/**
 * Drops the text written ahead, from library `db` (open), unless it is the one of article
 * `keep`; once dropped or imported it is not this worker's any more. Without that library open
 * here (an import took the one held ahead, and closed it) it stays this worker's, for the next
 * step that has the library to drop it. One in another library, or left where the library closed
 * for good, is dropped when the library next opens (dropTextsAhead).
 */
async function forgetTextAhead(db: SourcemarkDatabase | undefined, keep?: string): Promise<void> {
  const was = written
  if (!was || was.articleId === keep || !db) return
  written = undefined
  if (db.name === was.database && db.isOpen()) await dropTextAhead(db, was.articleId).catch(() => undefined)
}

/**
 * Tells the page the import is prepared and waits for its word: `write`, or `cancel` (which
 * aborts `signal`). Nothing is written before the page has said write, so until then the page
 * may end this worker instead of waiting for a long segmentation to finish.
 */
function writeWhenTold(id: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () => reject(signal.reason)
    if (signal.aborted) return cancelled()
    signal.addEventListener('abort', cancelled, { once: true })
    waiting.set(id, () => {
      signal.removeEventListener('abort', cancelled)
      resolve()
    })
    reply({ id, kind: 'ready' })
  })
}

self.onmessage = async (event: MessageEvent<ImporterRequest>) => {
  const request = event.data
  const { id } = request
  if (request.kind === 'cancel') {
    waiting.delete(id)
    running.get(id)?.abort()
    return
  }
  if (request.kind === 'write') {
    waiting.get(id)?.()
    waiting.delete(id)
    return
  }
  if (request.kind === 'drop-ahead') {
    ahead.drop()
    // The text written ahead goes with its preparation, before the library is closed.
    await releaseAfter((db) => textStep(() => forgetTextAhead(db)))
    return
  }
  const onStage = (stage: ImportStage) => reply({ id, kind: 'stage', stage })
  try {
    if (request.kind === 'prepare-ahead') {
      if (request.database) openAhead(request.database)
      const prepared = await ahead.keep(request.text, request.language)
      if (!prepared) return reply({ id, kind: 'dropped' })
      // Its text is written before the count is told: once the analyst sees it, Import article
      // writes only the small rows.
      if (request.database) await writeAhead(request.database, prepared)
      if (ahead.textIn(request.language) !== request.text) return reply({ id, kind: 'dropped' })
      // A copy of the table: the one kept is the one its import writes.
      const table = copyOfTable(prepared.table)
      reply(
        {
          id,
          kind: 'counted',
          sentenceCount: table.seqs.length,
          split: prepared.split,
          articleId: table.articleId,
          text: prepared.text === request.text ? undefined : prepared.text,
          table
        },
        tableBuffers(table)
      )
      return
    }
    if (request.kind === 'import') {
      // An import of the text prepared ahead comes without it: the draft takes the text kept.
      const keptText = request.ahead && ahead.textIn(importLanguage(request.draft))
      if (request.ahead && keptText === undefined) {
        reply({ id, kind: 'unprepared' })
        return
      }
      const draft = keptText === undefined ? request.draft : { ...request.draft, text: keptText }
      // Opened while its text was prepared ahead, or now, and closed after it: the worker holds
      // the library open only for an import to come or under way.
      let db: SourcemarkDatabase
      try {
        db = await libraryFor(request.database)
      } catch {
        // A host whose workers cannot reach the page's storage: the page imports it itself.
        reply({ id, kind: 'unavailable' })
        return
      }
      const cancel = new AbortController()
      running.set(id, cancel)
      try {
        let stored: string | undefined
        let rows: HandedRows | undefined
        const { value: outcome, changes } = await announcedBy(() =>
          importArticle(db, draft, {
            prepare: async (text, language, stage) => {
              // The text as prepared ahead when it is exactly the draft's (waited for if still
              // running), else prepared now: the same steps either way, so the same rows. The page
              // has the text prepared ahead already: the answer carries only one prepared now.
              const kept = ahead.take(text, language, stage)
              const prepared = await (kept ?? prepareHere(text, language, stage))
              // The page waits for an import ahead as for one told to write (see ImportRequest).
              if (request.ahead) cancel.signal.throwIfAborted()
              else await writeWhenTold(id, cancel.signal)
              if (!kept) stored = prepared.text
              return prepared
            },
            onStage,
            signal: cancel.signal,
            // A copy of the table: the one written stays with the preparation kept ahead, which a
            // later import of the same text (after a deletion) takes again. None for a text prepared
            // ahead: the page has its table, a copy of the same, handed over with `counted`.
            onStored: ({ article, table }) =>
              (rows = stored === undefined ? { article } : { article, table: copyOfTable(table) })
          })
        )
        // Written ahead, the text is now its article's. One written for another draft (the form's
        // text replaced, then imported at once) is dropped while this import holds the library
        // open, after any step on it still under way: once the import is told, the library holds
        // no text of no article from this form.
        await textStep(async () => {
          if (outcome.kind === 'imported' && written?.articleId === outcome.articleId) written = undefined
          else await forgetTextAhead(db)
        })
        // The text and rows as stored, for the page to show the new article without reading it back.
        reply(
          {
            id,
            kind: 'imported',
            outcome,
            text: outcome.kind === 'imported' ? stored : undefined,
            rows,
            changes
          },
          rows?.table ? tableBuffers(rows.table) : []
        )
      } catch (error) {
        // Not imported: its text written ahead is dropped with it (a retry writes it in its import).
        await textStep(() => forgetTextAhead(db))
        throw error
      } finally {
        running.delete(id)
        waiting.delete(id)
        db.close()
      }
      return
    }
    const prepared = await prepareHere(request.text, request.language, onStage)
    // The columns move to the renderer without a copy; the text string is copied once.
    reply({ id, kind: 'done', prepared }, tableBuffers(prepared.table))
  } catch (error) {
    const { name, message } = errorReport(error)
    reply({ id, kind: 'failed', error: message, name })
  }
}
