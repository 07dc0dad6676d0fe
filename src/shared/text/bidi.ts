// Bidirectional controls reorder the text around them as it is displayed: `brief-\u202Egpj.exe`
// reads as `brief-exe.jpg`, and marks alone can swap numbers (`12 \u200F34 \u200F56` shows
// `12 56 34`). Text an analyst did not write (article text, source names, backups) reaches the
// brief, its print view, file names and data exports; this is the one list of such characters.

/**
 * The embeddings and overrides (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks
 * (U+200E LRM, U+200F RLM, U+061C ALM). Joiners (U+200C, U+200D) are not here: scripts and emoji
 * need them and they reorder nothing.
 */
export const BIDI_CONTROL_CHARACTERS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069'

/** Matches one bidirectional control. */
export const BIDI_CONTROL = new RegExp(`[${BIDI_CONTROL_CHARACTERS}]`)

const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL_CHARACTERS}]`, 'g')

/**
 * `text` without its bidirectional controls, so it is displayed in the order it is stored and
 * read. Removed rather than replaced by a visible marker: they are invisible by design, so what a
 * reader sees changes only where they would have reordered it, and a marker such as `[U+202E]` in
 * a source name, a table cell or a spreadsheet column would change the data an analyst searches.
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/** Each bidirectional control as a JSON `\uXXXX` escape: the parsed value is unchanged. */
export function escapeBidiControlsInJson(json: string): string {
  return json.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
