// What every reader of an article file gives back: the text and the details the import dialog
// shows for editing, and the reasons a file is not read, so each can be told apart by its caller.

export interface FileDraft {
  /** The headline: the document's own title, else its first heading; empty when it has neither. */
  title: string
  /** Paragraphs separated by blank lines; headings and list items each on a line of their own. */
  text: string
  mediaType: string
  language?: string
  outlet?: string
  author?: string
  /** YYYY-MM-DD */
  publishedAt?: string
  url?: string
  /** What the reader kept out of the text (tables, footnotes), said to the analyst before import. */
  leftOut?: string[]
}

/** Progress of a long read: pages of a PDF read so far, out of all of them. */
export interface ReadProgress {
  done: number
  total: number
  unit: 'page'
}

/**
 * Why a file was not read. `password` and `wrong-password`: the PDF is locked with a password to
 * open it (none was given, or the one given is not it); `cancelled`: the analyst stopped the read.
 */
export type ReadFailure = 'refused' | 'password' | 'wrong-password' | 'cancelled'

export class FileReadError extends Error {
  constructor(
    message: string,
    readonly reason: ReadFailure = 'refused'
  ) {
    super(message)
    this.name = 'FileReadError'
  }
}
