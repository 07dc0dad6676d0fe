// What the renderer needs from its host. Two implementations: desktop (Electron) and browser.
import type {
  AutoBackupInfo,
  AutoBackupReason,
  DataFormat,
  LibraryMarker,
  MenuCommand
} from '@shared/ipc/contract'

export interface PickedFile {
  fileName: string
  bytes: Uint8Array
}

/** A file chosen for import but refused before it was read (over the size limit), with the reason. */
export interface RefusedFile {
  fileName: string
  refusal: string
}

/** A file the analyst picked or dropped for import: read, or refused by itself, never the whole pick. */
export type ChosenFile = PickedFile | RefusedFile

/** What became of a save, as far as the host can know it. */
export interface SaveOutcome {
  /**
   * Written (desktop) or handed to the browser as a download. False when the analyst cancelled
   * the save dialog, and after the print dialog, which never says whether anything was saved.
   */
  saved: boolean
  /** Where it went, when the host knows (desktop). */
  location?: string
  /** How the browser took it: as a download, or into its print dialog. Absent on the desktop. */
  via?: 'download' | 'print-dialog'
  /** The downloaded file's name (browser). */
  fileName?: string
}

export interface Platform {
  kind: 'desktop' | 'browser'
  /** Native save dialog (desktop) or a download (browser). */
  saveMarkdown(suggestedName: string, content: string): Promise<SaveOutcome>
  /** printToPDF to a chosen file (desktop) or the print dialog on a print view (browser). */
  exportPdf(
    suggestedName: string,
    html: string,
    pageSize: 'A4' | 'Letter',
    handling?: string
  ): Promise<SaveOutcome>
  /** A data export (backup JSON, CSV, Web Annotations): native save dialog or a download. */
  saveData(suggestedName: string, content: string, format: DataFormat): Promise<SaveOutcome>
  /** Lets the analyst pick one backup file; null when cancelled. */
  pickBackupFile(): Promise<PickedFile | null>
  /**
   * Lets the analyst pick article files; an empty list when cancelled. A file over the size limit
   * comes back refused, in its place, and the others are read.
   */
  pickArticleFiles(): Promise<ChosenFile[]>
  /** Commands from the application menu; the browser has none. Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Rolling backups in the app's data folder (desktop); null where the host keeps none. */
  autoBackups: AutoBackups | null
  /** Where the library marker lives, outside IndexedDB: a file (desktop) or localStorage. */
  libraryMarker: MarkerStore
}

export interface AutoBackups {
  write(json: string, articleCount: number, reason: AutoBackupReason): Promise<AutoBackupInfo>
  /** Newest first. */
  list(): Promise<AutoBackupInfo[]>
  read(fileName: string): Promise<PickedFile>
  /** The host asks for a last backup as the app closes. Returns an unsubscribe. */
  onQuitRequest(listener: () => void): () => void
  /** Answers a quit request with no backup: there is no library open to back up. */
  declineQuit(): Promise<void>
}

export interface MarkerStore {
  /** The marker, or null when none was written (or it cannot be read). */
  read(): Promise<LibraryMarker | null>
  write(marker: LibraryMarker): Promise<void>
}

export const ARTICLE_FILE_TYPES = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx', '.json']
