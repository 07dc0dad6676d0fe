// Every IPC channel, declared once: its name (`domain:action`), the schema main validates each
// argument against, and the type of its result. Preload, main and renderer all derive from this.
import { z } from 'zod'
import { fileNameProblem } from '../files/file-name'
import {
  AUTO_BACKUP_NAME,
  AUTO_BACKUP_REASONS,
  libraryMarkerSchema,
  type AutoBackupInfo,
  type LibraryMarker
} from './auto-backups'
import { IPC_CHANNELS, type IpcChannel, type MenuCommand } from './channels'

export {
  AUTO_BACKUP_NAME,
  AUTO_BACKUP_REASONS,
  libraryMarkerSchema,
  type AutoBackupInfo,
  type AutoBackupReason,
  type LibraryMarker
} from './auto-backups'
export {
  IPC_CHANNELS,
  MENU_COMMANDS,
  MENU_COMMAND_EVENT,
  QUIT_BACKUP_EVENT,
  isIpcChannel,
  isMenuCommand,
  type IpcChannel,
  type MenuCommand
} from './channels'
export { MAX_FILE_NAME_CHARS } from '../files/file-name'

/** The most text one call may carry (UTF-16 code units): far above any real brief. */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024
export const MAX_URL_CHARS = 8192
export const MAX_HANDLING_CHARS = 200

/** A string argument whose messages say what is wrong, in words an error line can carry. */
function text(what: string) {
  return z.string({
    error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`)
  })
}

/** A file name offered in a save dialog; main joins it to a folder. The rule is in files/file-name. */
const suggestedFileName = text('file name').superRefine((name, context) => {
  const problem = fileNameProblem(name)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

/** The data exports main can save, each with its own dialog filter. */
export const DATA_FORMATS = ['json', 'csv', 'jsonld'] as const
export type DataFormat = (typeof DATA_FORMATS)[number]

const document = (what: string) =>
  text(what).max(MAX_DOCUMENT_CHARS, `${what} is longer than ${MAX_DOCUMENT_CHARS} characters`)

const schemas = {
  /** Show a native save dialog and write the brief's Markdown to the chosen file. */
  'brief:save-markdown': z.strictObject({
    suggestedName: suggestedFileName,
    content: document('content')
  }),
  /** Render the brief's print HTML in a hidden window, print it to PDF and save it. */
  'brief:export-pdf': z.strictObject({
    suggestedName: suggestedFileName,
    html: document('html'),
    pageSize: z.enum(['A4', 'Letter'], { error: 'pageSize must be "A4" or "Letter"' }),
    /** The handling line (e.g. "UNCLASSIFIED // FOR TRAINING"), printed at the top of every page. */
    handling: text('handling')
      .max(MAX_HANDLING_CHARS, `handling is longer than ${MAX_HANDLING_CHARS} characters`)
      .refine((line) => !/\p{Cc}/u.test(line), 'handling contains a control character')
      .optional()
  }),
  /** Show a native open dialog for articles; returns the chosen files' bytes. */
  'article:open-files': z.strictObject({}),
  /** Show a native save dialog for a data export (backup, CSV, Web Annotations) and write it. */
  'data:save-file': z.strictObject({
    suggestedName: suggestedFileName,
    content: document('content'),
    format: z.enum(DATA_FORMATS, { error: `format must be one of ${DATA_FORMATS.join(', ')}` })
  }),
  /** Show a native open dialog for one workspace backup; returns its bytes, or null when cancelled. */
  'data:open-backup': z.strictObject({}),
  /** Open an http(s) URL in the system browser; anything else is refused. */
  'app:open-external': z.strictObject({
    url: text('url').max(MAX_URL_CHARS, `url is longer than ${MAX_URL_CHARS} characters`)
  }),
  /** Write an automatic backup into the app's data folder; the oldest beyond the kept number go. */
  'backups:write': z.strictObject({
    json: document('json'),
    articleCount: z.number({ error: 'articleCount must be a number' }).int().nonnegative().max(1e9),
    reason: z.enum(AUTO_BACKUP_REASONS, { error: `reason must be one of ${AUTO_BACKUP_REASONS.join(', ')}` })
  }),
  /** The automatic backups in the data folder, newest first. */
  'backups:list': z.strictObject({}),
  /** Read one automatic backup back, by the name `backups:list` gave. */
  'backups:read': z.strictObject({
    fileName: text('fileName').refine(
      (name) => AUTO_BACKUP_NAME.test(name),
      'fileName is not the name of an automatic backup'
    )
  }),
  /** The renderer has no library to back up (it is not open yet, or it is gone): close now. */
  'backups:decline-quit': z.strictObject({}),
  /** The library marker file, or null when there is none (or it is unreadable). */
  'library:read-marker': z.strictObject({}),
  /** Replace the library marker file. */
  'library:write-marker': z.strictObject({ marker: libraryMarkerSchema })
} as const satisfies Record<IpcChannel, z.ZodType>

export const ipcArgs: { readonly [K in IpcChannel]: (typeof schemas)[K] } = schemas

export type IpcArgs<K extends IpcChannel> = z.infer<(typeof ipcArgs)[K]>

export interface SavedFile {
  /** false when the analyst cancelled the dialog. */
  saved: boolean
  filePath?: string
}

export interface OpenedFile {
  fileName: string
  bytes: Uint8Array
}

/** A chosen file that was not read, with the reason (over the size limit, unreadable). */
export interface RefusedFile {
  fileName: string
  refusal: string
}

export interface IpcResults {
  'brief:save-markdown': SavedFile
  'brief:export-pdf': SavedFile
  'article:open-files': (OpenedFile | RefusedFile)[]
  'data:save-file': SavedFile
  'data:open-backup': OpenedFile | null
  'app:open-external': null
  'backups:write': AutoBackupInfo
  'backups:list': AutoBackupInfo[]
  'backups:read': OpenedFile
  'backups:decline-quit': null
  'library:read-marker': LibraryMarker | null
  'library:write-marker': null
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string }

export const ipcChannels: readonly IpcChannel[] = IPC_CHANNELS

/** The one object the preload exposes as `window.sourcemark`. */
export interface SourcemarkApi {
  invoke<K extends IpcChannel>(channel: K, args: IpcArgs<K>): Promise<IpcResult<IpcResults[K]>>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Main asks for a last automatic backup as the window closes. Returns an unsubscribe. */
  onQuitBackupRequest(listener: () => void): () => void
}
