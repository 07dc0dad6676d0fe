// The header of each article's brief (title, analyst, handling line, bottom line up front),
// kept in the settings table as the analyst types it, until they change it. The analyst and the
// handling line of the last header written are the defaults of an article without one.
import type { SourcemarkDatabase } from './database'

export interface StoredBriefHeader {
  title: string
  analyst?: string
  handling?: string
  bluf?: string
}

const OPTIONAL_FIELDS = ['analyst', 'handling', 'bluf'] as const

// Checked by hand, not by a schema: a header is read at start (draft recovery, the v5 upgrade),
// where a schema library would weigh on the first load.
/**
 * The header kept in `value` with only its known fields, or undefined when it is not one (no
 * title, or a field that is not text).
 */
export function readBriefHeader(value: unknown): StoredBriefHeader | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const row = value as Record<string, unknown>
  if (typeof row.title !== 'string') return undefined
  const header: StoredBriefHeader = { title: row.title }
  for (const field of OPTIONAL_FIELDS) {
    const text = row[field]
    if (text === undefined) continue
    if (typeof text !== 'string') return undefined
    header[field] = text
  }
  return header
}

/** The analyst and handling line last written, when both are text or missing. */
function readDefaults(value: unknown): { analyst?: string; handling?: string } {
  if (typeof value !== 'object' || value === null) return {}
  const { analyst, handling } = value as Record<string, unknown>
  const text = (field: unknown) => field === undefined || typeof field === 'string'
  return text(analyst) && text(handling) ? { analyst: analyst as string, handling: handling as string } : {}
}

/** Kept under this key before headers were kept per article; it still holds the defaults. */
const DEFAULTS = 'briefHeaderDefaults'

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
  const header = readBriefHeader(kept?.value)
  if (header) return header
  const last = readDefaults(defaults?.value)
  return {
    title: `Brief: ${articleTitle}`,
    analyst: last.analyst || '',
    handling: last.handling || '',
    bluf: ''
  }
}

/** Keeps the article's header, and its analyst and handling line as the defaults for others. */
export async function saveBriefHeader(
  db: SourcemarkDatabase,
  articleId: string,
  header: StoredBriefHeader
): Promise<void> {
  const value = readBriefHeader(header)
  if (!value)
    throw new Error('A brief header needs a title, and its analyst, handling line and BLUF must be text')
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: keyFor(articleId), value })
    await db.settings.put({ key: DEFAULTS, value: { analyst: value.analyst, handling: value.handling } })
  })
}
