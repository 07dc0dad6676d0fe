// The one way a picked or dropped file becomes something to import: an article's draft (its
// text and details, all editable before import), a Sourcemark backup to restore instead, or a
// refusal that names the file and the reason. Each format has its own reader.
import { BACKUP_FORMAT } from '@shared/backup/format'
import type { PickedFile } from '../../platform'
import { declaredCharset, decodeText, InvalidUtf8Error, titleFromFileName } from './decode'
import { readMarkdownArticle } from './formats/markdown'
import { readTextArticle } from './formats/text'
import { extractArticle } from './html'

/** A link in the article's text, whose address is kept beside the text, not in it. */
export interface ArticleLink {
  text: string
  url: string
}

export interface ReadArticle {
  title: string
  text: string
  mediaType: string
  outlet?: string
  author?: string
  publishedAt?: string
  url?: string
  language?: string
  links?: ArticleLink[]
  /** What the reader kept out of the text, said in the dialog ("2 code blocks kept out of the text."). */
  notes?: string[]
}

export type ReadOutcome =
  | { kind: 'article'; article: ReadArticle }
  /** A Sourcemark backup: it is restored, not imported. */
  | { kind: 'backup'; file: PickedFile }
  /** UTF-8 with invalid sequences: importable with U+FFFD in their place if the analyst agrees. */
  | { kind: 'invalid-utf8'; message: string }
  | { kind: 'refused'; message: string }

export interface ReadOptions {
  /** The analyst agreed to import damaged UTF-8 with U+FFFD in place of each invalid sequence. */
  replaceInvalidUtf8?: boolean
}

const TEXT_TYPES = ['.txt', '.text']
const MARKDOWN_TYPES = ['.md', '.markdown']
const HTML_TYPES = ['.html', '.htm', '.xhtml']

const endsWithAny = (name: string, types: string[]) => types.some((ext) => name.toLowerCase().endsWith(ext))

export async function readArticleFile(file: PickedFile, options: ReadOptions = {}): Promise<ReadOutcome> {
  const { fileName, bytes } = file
  try {
    if (fileName.toLowerCase().endsWith('.json')) return readJson(file, options)
    if (endsWithAny(fileName, TEXT_TYPES)) {
      return article(readTextArticle(fileName, decodeText(fileName, bytes, options)))
    }
    if (endsWithAny(fileName, MARKDOWN_TYPES)) {
      const read = readMarkdownArticle(fileName, decodeText(fileName, bytes, options))
      return article({
        ...read,
        title: read.title || titleFromFileName(fileName),
        mediaType: 'text/markdown'
      })
    }
    if (endsWithAny(fileName, HTML_TYPES)) {
      const html = decodeText(fileName, bytes, { ...options, charset: declaredCharset(bytes) })
      const extracted = extractArticle(html, fileName)
      return article({
        ...extracted,
        title: extracted.title || titleFromFileName(fileName),
        mediaType: 'text/html'
      })
    }
    return {
      kind: 'refused',
      message: `“${fileName}”: only plain text (.txt), Markdown (.md), saved web pages (.html) and Sourcemark backups (.json) can be read here.`
    }
  } catch (e) {
    if (e instanceof InvalidUtf8Error) return { kind: 'invalid-utf8', message: e.message }
    return { kind: 'refused', message: e instanceof Error ? e.message : String(e) }
  }
}

const article = (read: ReadArticle): ReadOutcome => ({ kind: 'article', article: read })

/** A `.json` file is imported only as what it says it is: a Sourcemark backup. */
function readJson(file: PickedFile, options: ReadOptions): ReadOutcome {
  const text = decodeText(file.fileName, file.bytes, options)
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return {
      kind: 'refused',
      message: `“${file.fileName}” is not valid JSON, so it is neither an article nor a Sourcemark backup.`
    }
  }
  if (data && typeof data === 'object' && (data as { format?: unknown }).format === BACKUP_FORMAT) {
    return { kind: 'backup', file }
  }
  return {
    kind: 'refused',
    message: `“${file.fileName}” is JSON but not a Sourcemark backup (no "format": "${BACKUP_FORMAT}"); articles are read from .txt, .md and .html files.`
  }
}
