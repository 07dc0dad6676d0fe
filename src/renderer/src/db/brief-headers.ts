// The header of each article's brief (title, analyst, handling line, bottom line up front),
// kept in the settings table as the analyst types it, until they change it. The analyst and the
// handling line of the last header written are the defaults of an article without one.
import { z } from 'zod'
import type { SourcemarkDatabase } from './database'

export const briefHeaderSchema = z.object({
  title: z.string(),
  analyst: z.string().optional(),
  handling: z.string().optional(),
  bluf: z.string().optional()
})

export type StoredBriefHeader = z.infer<typeof briefHeaderSchema>

/** Kept under this key before headers were kept per article; it still holds the defaults. */
const DEFAULTS = 'briefHeaderDefaults'
const defaultsSchema = briefHeaderSchema.pick({ analyst: true, handling: true })

const keyFor = (articleId: string) => `briefHeader:${articleId}`

/**
 * The article's header as the analyst left it; for an article without one, `Brief: <title>` with
 * the analyst and handling line last used.
 */
export async function getBriefHeader(
  db: SourcemarkDatabase,
  articleId: string,
  articleTitle: string
): Promise<StoredBriefHeader> {
  const [kept, defaults] = await Promise.all([db.settings.get(keyFor(articleId)), db.settings.get(DEFAULTS)])
  // A row this version cannot read is not trusted: the header starts afresh instead.
  const header = briefHeaderSchema.safeParse(kept?.value)
  if (header.success) return header.data
  const last = defaultsSchema.safeParse(defaults?.value)
  return {
    title: `Brief: ${articleTitle}`,
    analyst: (last.success && last.data.analyst) || '',
    handling: (last.success && last.data.handling) || '',
    bluf: ''
  }
}

/** Keeps the article's header, and its analyst and handling line as the defaults for others. */
export async function saveBriefHeader(
  db: SourcemarkDatabase,
  articleId: string,
  header: StoredBriefHeader
): Promise<void> {
  const value = briefHeaderSchema.parse(header)
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: keyFor(articleId), value })
    await db.settings.put({ key: DEFAULTS, value: { analyst: value.analyst, handling: value.handling } })
  })
}
