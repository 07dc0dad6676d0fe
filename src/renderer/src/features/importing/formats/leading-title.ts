// The headline shown above a document's text is its title, not its first sentence. Its own file,
// so that each reader (PDF, Word, saved page) uses the rule without loading another's library.

const same = (a: string) => a.replace(/\s+/g, ' ').trim().toLowerCase()

/** `text` without its first paragraph when that paragraph is one of `titles`: not imported twice. */
export function withoutLeadingTitle(text: string, ...titles: (string | undefined)[]): string {
  const [first, ...rest] = text.split('\n\n')
  if (first === undefined || !rest.length) return text
  return titles.some((title) => title && same(first) === same(title)) ? rest.join('\n\n') : text
}
