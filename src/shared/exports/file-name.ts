// Export files are named like briefs, so a brief and its data exports sort together on disk.
import { briefFileName } from '../brief/markdown'
import type { ISODateTime } from '../model'

/** `<kind>-<title slug>-<YYYY-MM-DD>.<extension>`, with the brief's slug rules. */
export function exportFileName(kind: string, extension: string, title: string, at: ISODateTime): string {
  // briefFileName always yields `brief-<slug>-<date>.md`; only its slug and date are wanted here.
  return briefFileName(title, at)
    .replace(/^brief/, kind)
    .replace(/\.md$/, `.${extension}`)
}
