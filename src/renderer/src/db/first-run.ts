// On first start the bundled sample article is imported, so a new analyst meets a real article.
// A flag remembers it: an analyst who deletes the sample does not get it back on the next start.
import sampleText from '../../../../resources/samples/dprk-kursk.txt?raw'
import type { SourcemarkDatabase } from './database'
import { importArticle } from './articles'

export const SAMPLE_TITLE = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'
const SAMPLE_FLAG = 'sampleImported'

let pending: Promise<string | null> | undefined

/** Returns the sample's article id when it was imported now, else null. */
export function ensureSample(db: SourcemarkDatabase): Promise<string | null> {
  pending ??= importSampleOnce(db).finally(() => {
    pending = undefined
  })
  return pending
}

async function importSampleOnce(db: SourcemarkDatabase): Promise<string | null> {
  if (await db.settings.get(SAMPLE_FLAG)) return null
  const outcome = await importArticle(db, {
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
