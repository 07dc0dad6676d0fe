// The article details a PDF states about itself: its title, author and date, from its XMP packet
// (the newer standard) before its Info dictionary, with the values word processors and PDF
// writers put in every file passed over. Pure, so each rule is tested without a PDF.

/** What pdf.js reads of a PDF's metadata: the Info dictionary and the XMP values by name. */
export interface PdfMetadata {
  /** The Info dictionary (`Title`, `Author`, `CreationDate`, `Creator`, `Producer`…). */
  info: Record<string, unknown> | null
  /** An XMP value by its lower-case name (`dc:title`, `dc:creator`, `xmp:createdate`…); null when absent. */
  xmp: (name: string) => unknown
}

export interface PdfDetails {
  title?: string
  author?: string
  /** YYYY-MM-DD */
  publishedAt?: string
}

/** Titles that word processors and printers write for every document: no headline. */
const PLACEHOLDER_TITLE = /^(untitled|document\d*|microsoft word\b.*|.*\.(docx?|pdf|odt|rtf|txt))$/i

/**
 * Authors that name no one: a program ("Microsoft Word", "PDFKit", "Adobe Acrobat"), the account a
 * program was installed under ("Administrator", "Microsoft Office User", "user"), or no name at all.
 */
const PLACEHOLDER_AUTHOR = new RegExp(
  '^(?:' +
    [
      // accounts and blanks
      'unknown|anonymous|n/?a|none|author|owner|user|admin(?:istrator)?|guest|default|windows user',
      '(?:microsoft )?office user',
      // programs
      'microsoft (?:office )?(?:word|excel|powerpoint|publisher)\\b.*|word',
      'adobe (?:acrobat|indesign|illustrator|photoshop|pdf library|distiller)\\b.*|acrobat\\b.*',
      '(?:libre|open)office\\b.*|google docs|pdfkit|wkhtmltopdf|chromium|skia/pdf\\b.*|ghostscript\\b.*',
      'quartz pdfcontext|pdftex\\b.*|latex',
      // no letter at all
      '[^\\p{L}]*'
    ].join('|') +
    ')$',
  'iu'
)

const clean = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '')

/** A list of names (XMP `dc:creator` is a sequence) as one byline; a single string as itself. */
const names = (value: unknown) =>
  Array.isArray(value) ? value.map(clean).filter(Boolean).join(', ') : clean(value)

function firstTitle(candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    const title = clean(candidate)
    if (title && !PLACEHOLDER_TITLE.test(title)) return title
  }
  return undefined
}

function firstAuthor(candidates: unknown[], programs: string[]): string | undefined {
  for (const candidate of candidates) {
    const author = names(candidate)
    if (!author || PLACEHOLDER_AUTHOR.test(author)) continue
    // The program that wrote the file, named as its author.
    if (programs.some((program) => program.toLowerCase() === author.toLowerCase())) continue
    return author
  }
  return undefined
}

/**
 * A calendar date as written in the document, without moving it to another time zone: XMP dates
 * are ISO 8601 ("2026-03-12T08:30:00+01:00"), Info dates are PDF dates ("D:20260312083000+01'00'").
 * A date with no day, or no such day, is no date.
 */
export function pdfDate(value: unknown): string | undefined {
  const text = clean(Array.isArray(value) ? value[0] : value)
  const parts = text.match(/^(\d{4})-(\d{2})-(\d{2})/) ?? text.match(/^(?:D:)?(\d{4})(\d{2})(\d{2})/)
  if (!parts) return undefined
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) return undefined
  return date.toISOString().slice(0, 10)
}

/**
 * Title: XMP `dc:title`, else Info `Title`, placeholders passed over. Author: XMP `dc:creator`
 * (its names joined), else Info `Author`, passed over when it names a program or no one, or the
 * program that wrote the file (Info `Creator`/`Producer`, XMP `xmp:creatortool`/`pdf:producer`).
 * Date: XMP `dc:date`, else `xmp:createdate`, else Info `CreationDate`.
 */
export function pdfDetails({ info, xmp }: PdfMetadata): PdfDetails {
  const programs = [info?.Creator, info?.Producer, xmp('xmp:creatortool'), xmp('pdf:producer')]
    .map(clean)
    .filter(Boolean)
  const title = firstTitle([xmp('dc:title'), info?.Title])
  const author = firstAuthor([xmp('dc:creator'), info?.Author], programs)
  const publishedAt = [xmp('dc:date'), xmp('xmp:createdate'), info?.CreationDate].map(pdfDate).find(Boolean)
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(publishedAt ? { publishedAt } : {})
  }
}
