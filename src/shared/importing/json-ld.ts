// A saved page's article as its JSON-LD (schema.org) describes it. schema.org lets most fields be
// one value or a list, and a name or an object with one; the schema below takes each form it
// allows and drops a field of any other shape (so the page's <meta> tags are used instead),
// rather than failing on it.
import { z } from 'zod'

const name = z.union([z.string(), z.array(z.string())])
/** A Person or Organization by its name, or the name alone. */
const thing = z.union([z.string(), z.looseObject({ name: name.optional() })])
const things = z.union([thing, z.array(thing)])
const texts = z.union([z.string(), z.array(z.string())])

const articleSchema = z.looseObject({
  headline: texts.optional().catch(undefined),
  datePublished: texts.optional().catch(undefined),
  author: things.optional().catch(undefined),
  publisher: things.optional().catch(undefined),
  url: texts.optional().catch(undefined)
})

export type JsonLdArticle = z.infer<typeof articleSchema>

/** Types that describe an article (NewsArticle, ReportageNewsArticle, BlogPosting…). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/

/** The first article described in the blocks' JSON-LD, if any parses. */
export function jsonLdArticle(blocks: string[]): JsonLdArticle | undefined {
  for (const block of blocks) {
    let data: unknown
    try {
      data = JSON.parse(block)
    } catch {
      continue // A broken JSON-LD block is skipped, as browsers do.
    }
    const items = [data]
      .flat()
      .flatMap((d: unknown) =>
        d && typeof d === 'object' && '@graph' in d ? [(d as { '@graph': unknown })['@graph']].flat() : [d]
      )
    for (const item of items) {
      const type: unknown =
        item && typeof item === 'object' ? (item as { '@type'?: unknown })['@type'] : undefined
      if (![type].flat().some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) continue
      const parsed = articleSchema.safeParse(item)
      if (parsed.success) return parsed.data
    }
  }
  return undefined
}

/** Every name a field gives, in order, once each. */
function names(value: z.infer<typeof things> | undefined): string[] {
  const all = [value ?? []]
    .flat()
    .flatMap((v) => (typeof v === 'string' ? [v] : [v.name ?? []].flat()))
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  return [...new Set(all)]
}

/** The first text of a field that may be a text, a list of texts or a named thing. */
export const jsonLdText = (value: z.infer<typeof things> | undefined): string | undefined => names(value)[0]

/** The authors' names, joined by ", ". */
export const jsonLdAuthor = (value: z.infer<typeof things> | undefined): string | undefined =>
  names(value).join(', ') || undefined
