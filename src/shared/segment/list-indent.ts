// List items that carry no marker. Readers of saved pages, Markdown and Word files leave bullets
// and numbers out of the text (a "•" is no word of the sentence) and indent each item's line
// instead; plain text indents list items the same way. An indented line that would read as a
// heading (short, no final full stop) is a list item: headings stand at the start of their line.

/** What a reader puts before a list item's line. */
export const LIST_ITEM_INDENT = '  '

/** A list item's words as a line of the article's text. */
export function listItemLine(words: string): string {
  return LIST_ITEM_INDENT + words
}

/**
 * Whether the line whose first non-blank character is at `from` is indented as a list item: by a
 * tab or by two or more spaces. One space is taken for a slip (text copied from a PDF often has
 * one), not for an indent.
 */
export function isIndentedLine(text: string, from: number): boolean {
  const before = text.charCodeAt(from - 1)
  if (before === 0x09) return true
  return isBlank(before) && isBlank(text.charCodeAt(from - 2))
}

/** A space or a tab within a line (never a line break). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0
}
