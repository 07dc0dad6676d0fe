// The text of the article an import has just stored, as the import's worker handed it to the page
// with its answer: the reader's first open of that article takes it from here instead of reading
// the same megabytes back from IndexedDB. An article's text never changes after its import, so
// it stays right for as long as the article is in the library; only the latest import's is kept.
let kept: { articleId: string; text: string } | undefined

/** Keeps the text the import of `articleId` stored, in place of the last one kept. */
export function keepImportedText(articleId: string, text: string): void {
  kept = { articleId, text }
}

/** The text the latest import stored for `articleId`, if that was the article it imported. */
export function importedText(articleId: string): string | undefined {
  return kept?.articleId === articleId ? kept.text : undefined
}
