// Article text and analyst notes are untrusted: in the brief they must read as text, never as
// Markdown structure (a heading, a table column, a link, an image, raw HTML or a footnote), in
// our print view and in any GFM renderer a reader opens the Markdown with.
import { BIDI_CONTROL, stripBidiControls } from '../text/bidi'

/** Punctuation that means something inline in GFM, anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~#]/g

/**
 * What a GFM renderer may turn into a link by itself (GFM's "autolink literal": `https://…`,
 * `http://…`, `ftp://…`, `www.…`, `name@domain.tld`, `mailto:`/`xmpp:` addresses). Deliberately
 * wider than the renderers' own rules: a false match costs only a change of font.
 */
const ADDRESS =
  /(?:https?|ftp):\/\/|(?<![\p{L}\p{N}])www\.|[\p{L}\p{N}_+.-]@[\p{L}\p{N}_-]+\.[\p{L}\p{N}_-]/iu

/** Characters of an e-mail address before its `@`. */
const LOCAL_PART = /[\p{L}\p{N}_+.-]/u

/** Punctuation that reads as part of the sentence after an address rather than of the address. */
const TRAILING_PUNCTUATION = /[)\]"'”’».,;:!?]+$/

/** CommonMark makes every parser read U+0000 as U+FFFD; the brief says so rather than each reader. */
const REPLACEMENT_CHARACTER = '\uFFFD'

/** Plain text as GFM text: inline punctuation and entity-like `&` backslash-escaped. */
function escapeText(text: string): string {
  return text.replace(INLINE_SPECIALS, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
}

/**
 * An address as code spans: a GFM renderer never links inside a code span, and shows its text
 * exactly, with no backslash left visible. Escapes do not help here: renderers find addresses in
 * the text after escapes are resolved, and marked's address rule even swallows the backslashes.
 * A pipe stays outside the spans (a table would split a cell at it even inside code, and only
 * outside code does `\|` read as `|`), and so does a backtick, so every span is one backtick long
 * and none can open a fenced code block at the start of a line.
 */
function addressAsCode(token: string): string {
  return token
    .split(/([|`])/)
    .map((part, i) => (i % 2 === 1 ? `\\${part}` : part && `\`${part}\``))
    .join('')
}

/**
 * A run of non-space characters. From where the first address in it starts (an e-mail address at
 * its name), up to any closing punctuation, it is code; before and after, escaped text, which can
 * hold no address: the first match is the leftmost one, and punctuation alone is none.
 */
function escapeToken(token: string): string {
  const match = ADDRESS.exec(token)
  if (!match) return escapeText(token)
  let start = match.index
  if (token[start + 1] === '@') while (start > 0 && LOCAL_PART.test(token[start - 1])) start--
  const rest = token.slice(start)
  const trail = TRAILING_PUNCTUATION.exec(rest)?.[0] ?? ''
  const core = rest.slice(0, rest.length - trail.length)
  const [code, after] = ADDRESS.test(core) ? [core, trail] : [rest, '']
  return escapeText(token.slice(0, start)) + addressAsCode(code) + escapeText(after)
}

/**
 * `text` as one line of literal GFM text: bidirectional controls removed, whitespace runs
 * (newlines too) become one space, inline punctuation is backslash-escaped, web and e-mail
 * addresses become code spans, and what would open a block at the start of a line — a list
 * marker, a numbered item, a setext underline — is escaped too, so the result is safe anywhere in
 * a line, including a table cell, a heading and a footnote.
 */
export function escapeMarkdown(text: string): string {
  return stripBidiControls(text)
    .replace(/\0/g, REPLACEMENT_CHARACTER)
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map(escapeToken)
    .join(' ')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/** Link text: no code spans needed, since no GFM renderer makes a link inside a link. */
function escapeLinkText(text: string): string {
  return escapeText(stripBidiControls(text).replace(/\0/g, REPLACEMENT_CHARACTER).replace(/\s+/g, ' ').trim())
}

/** Markdown for an http(s) URL, or the URL as plain text when it is anything else. */
export function markdownLink(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s<>\\]+$/i.test(url)) {
    return url ? `${escapeMarkdown(label)} (${escapeMarkdown(url)})` : escapeMarkdown(label)
  }
  // The address itself is kept, its bidirectional controls percent-encoded: the same bytes reach
  // the server, but nothing reorders what the reader sees.
  const target = url.replace(new RegExp(BIDI_CONTROL.source, 'g'), (c) => encodeURIComponent(c))
  return `[${escapeLinkText(label) || escapeLinkText(target)}](<${target}>)`
}
