// The one escaping of the brief's print view (html.ts): every piece of text and every attribute
// value goes through here, so article text, notes and source names are always read as text and
// never as markup, however they are written.
import { stripBidiControls } from '../text/bidi'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/**
 * `text` as HTML text or as a quoted attribute value: bidirectional controls removed (as in the
 * Markdown), U+0000 shown as U+FFFD (what every HTML parser reads it as), and the five characters
 * that can end text or an attribute written as entities.
 */
export function escapeHtml(text: string): string {
  return stripBidiControls(text)
    .replace(/\0/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
}
