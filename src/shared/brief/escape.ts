// Article text and analyst notes are untrusted: in the brief they must read as text, never as
// Markdown structure (a heading, a table column, a link, raw HTML or a footnote).

/** Punctuation that means something inline in GFM, anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~#]/g

/**
 * `text` as one line of literal GFM text: whitespace runs (newlines too) become one space, inline
 * punctuation is backslash-escaped, and what would open a block at the start of a line — a list
 * marker, a numbered item, a setext underline — is escaped too, so the result is safe anywhere
 * in a line, including a table cell and a heading.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/** Markdown for an http(s) URL, or the URL as plain text when it is anything else. */
export function markdownLink(label: string, url: string | undefined): string {
  const text = escapeMarkdown(label)
  if (!url || !/^https?:\/\/[^\s<>\\]+$/i.test(url)) return url ? `${text} (${escapeMarkdown(url)})` : text
  return `[${text}](<${url}>)`
}
