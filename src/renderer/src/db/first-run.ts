// On first start the bundled sample article is imported, so a new analyst meets a real article.
// A flag remembers it: an analyst who deletes the sample does not get it back on the next start.
// It is imported by the import worker like every other article, so the segmenter is no part of
// the first load.
import sampleText from '../../../../resources/samples/dprk-kursk.txt?raw'
import type { LibraryMarker } from '@shared/ipc/contract'
import type { MarkerStore } from '../platform/platform'
import type { SourcemarkDatabase } from './database'
import { importOffThread } from '../segmenting/segment-client'
import { getArticleRecord, newestArticle } from './articles'
import { forgetLibrary, libraryIsEmpty, markerRemembersWork } from './library-marker'
import { lastArticleId } from './reader-settings'

export const SAMPLE_TITLE = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'
const SAMPLE_FLAG = 'sampleImported'

let pending: Promise<string | null> | undefined

/** How the library opens: ready (perhaps with the sample just imported), or gone from storage. */
export type Opening = { kind: 'ready'; sampleId: string | null } | { kind: 'gone'; marker: LibraryMarker }

/**
 * Decides what start-up shows. When the marker remembers a library with articles but the database
 * is empty — the browser or system deleted it — nothing is imported: the analyst is told, and
 * chooses between restoring a backup and starting over. Otherwise first run imports the sample.
 */
export async function openLibrary(db: SourcemarkDatabase, marker: LibraryMarker | null): Promise<Opening> {
  if (markerRemembersWork(marker) && (await libraryIsEmpty(db))) return { kind: 'gone', marker }
  return { kind: 'ready', sampleId: await ensureSample(db) }
}

/**
 * The article start-up opens: the sample just imported, else the one open last if it is still
 * there, else the newest; each read only when the one before it did not decide.
 */
export async function startArticleId(
  db: SourcemarkDatabase,
  sampleId: string | null
): Promise<string | null> {
  if (sampleId) return sampleId
  const last = await lastArticleId(db)
  if (last !== undefined && (await getArticleRecord(db, last))) return last
  return (await newestArticle(db))?.id ?? null
}

/** The analyst chose to start over: the marker forgets the lost library, and first run follows. */
export async function startNewLibrary(db: SourcemarkDatabase, store: MarkerStore): Promise<string | null> {
  await forgetLibrary(store, new Date())
  return ensureSample(db)
}

/** Returns the sample's article id when it was imported now, else null. */
export function ensureSample(db: SourcemarkDatabase): Promise<string | null> {
  pending ??= importSampleOnce(db).finally(() => {
    pending = undefined
  })
  return pending
}

async function importSampleOnce(db: SourcemarkDatabase): Promise<string | null> {
  if (await db.settings.get(SAMPLE_FLAG)) return null
  const outcome = await importOffThread(db, {
    title: SAMPLE_TITLE,
    text: sampleText,
    origin: 'sample',
    fileName: 'dprk-kursk.txt',
    mediaType: 'text/plain',
    language: 'en'
  })
  await db.settings.put({ key: SAMPLE_FLAG, value: new Date().toISOString() })
  return outcome.kind === 'imported' ? outcome.articleId : null
}

/** A lost library restored from a backup is past its first run: the sample is not added to it. */
export async function markFirstRunDone(db: SourcemarkDatabase): Promise<void> {
  await db.settings.put({ key: SAMPLE_FLAG, value: new Date().toISOString() })
}
