// A Markdown note's front matter (YAML) read as the article's details. YAML 1.2 by the `yaml`
// parser; the fields are checked with zod, so a wrong type is refused naming its field, and
// fields Sourcemark does not use are ignored.
import { parseDocument } from 'yaml'
import { z } from 'zod'

export interface FrontMatterDetails {
  title?: string
  /** Names joined by ", ". */
  author?: string
  /** YYYY-MM-DD */
  publishedAt?: string
  url?: string
  outlet?: string
}

const text = z.string({ error: 'must be text' }).trim()
const names = z.union([text, z.array(text, { error: 'must be a name or a list of names' })], {
  error: 'must be a name or a list of names'
})
const DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/
const date = z
  .string({ error: 'must be a date such as 2025-01-15' })
  .trim()
  .regex(DATE, 'must be a date such as 2025-01-15')
const webAddress = z.url({
  protocol: /^https?$/,
  error: 'must be a web address starting http:// or https://'
})

const frontMatterSchema = z.object({
  title: text.optional(),
  author: names.optional(),
  authors: names.optional(),
  date: date.optional(),
  url: webAddress.optional(),
  /** An address, or the outlet's name. */
  source: text.optional(),
  outlet: text.optional(),
  publisher: text.optional()
})

export type FrontMatterResult = { ok: true; details: FrontMatterDetails } | { ok: false; error: string }

const joined = (value: string | string[] | undefined) =>
  [value ?? []].flat().filter(Boolean).join(', ') || undefined

export function readFrontMatter(yaml: string): FrontMatterResult {
  const document = parseDocument(yaml)
  const [syntax] = document.errors
  if (syntax) return { ok: false, error: `front matter is not valid YAML: ${syntax.message.split('\n')[0]}` }
  const data: unknown = document.toJS()
  if (data === null || data === undefined) return { ok: true, details: {} }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: 'front matter must be fields such as "title: …", one a line' }
  }
  const parsed = frontMatterSchema.safeParse(data)
  if (!parsed.success) {
    const [issue] = parsed.error.issues
    return { ok: false, error: `front matter: ${issue!.path.join('.')}: ${issue!.message}` }
  }
  const fields = parsed.data
  const sourceIsAddress = fields.source !== undefined && webAddress.safeParse(fields.source).success
  return {
    ok: true,
    details: {
      title: fields.title || undefined,
      author: joined(fields.authors) ?? joined(fields.author),
      publishedAt: fields.date?.match(DATE)?.[1],
      url: fields.url ?? (sourceIsAddress ? fields.source : undefined),
      outlet: fields.outlet || fields.publisher || (sourceIsAddress ? undefined : fields.source) || undefined
    }
  }
}
