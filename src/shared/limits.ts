// The largest values Sourcemark accepts in a stored or restored record, in a module of their own:
// the editing rules read them at start, and importing them from the backup format would bring its
// schemas (and zod) into the first load.

/** Far above any real article (a 5 MB article is ~5 million UTF-16 units). */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024
export const MAX_ID_CHARS = 200
export const MAX_NAME_CHARS = 1000
export const MAX_NOTE_CHARS = 100_000
export const MAX_URL_CHARS = 8192
export const MAX_LIST_ENTRIES = 1000
/** Sentence offsets and sequence numbers are stored as Uint32. */
export const MAX_UINT32 = 2 ** 32 - 1
