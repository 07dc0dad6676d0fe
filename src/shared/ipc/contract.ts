// Every IPC channel, declared once: its name (`domain:action`), the schema main validates each
// argument against, and the type of its result. Preload, main and renderer all derive from this.
import { z } from 'zod'

const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024

/** A file name offered in a save dialog: no directories, no control characters. */
const suggestedFileName = z
  .string()
  .min(1, 'file name is empty')
  .max(200, 'file name is longer than 200 characters')
  .refine((name) => !/[/\\\p{Cc}]/u.test(name), 'file name contains a path separator or control character')

export const ipcArgs = {
  /** Show a native save dialog and write the brief's Markdown to the chosen file. */
  'brief:save-markdown': z.object({
    suggestedName: suggestedFileName,
    content: z.string().max(MAX_DOCUMENT_CHARS)
  }),
  /** Render the brief's print HTML in a hidden window, print it to PDF and save it. */
  'brief:export-pdf': z.object({
    suggestedName: suggestedFileName,
    html: z.string().max(MAX_DOCUMENT_CHARS),
    pageSize: z.enum(['A4', 'Letter'])
  }),
  /** Show a native open dialog for articles; returns the chosen files' bytes. */
  'article:open-files': z.object({}).strict(),
  /** Open an http(s) URL in the system browser; anything else is refused. */
  'app:open-external': z.object({ url: z.string().max(8192) })
} as const

export type IpcChannel = keyof typeof ipcArgs
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

export interface IpcResults {
  'brief:save-markdown': SavedFile
  'brief:export-pdf': SavedFile
  'article:open-files': OpenedFile[]
  'app:open-external': null
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string }

export const ipcChannels = Object.keys(ipcArgs) as IpcChannel[]

export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && Object.hasOwn(ipcArgs, name)
}

/** Commands the application menu sends to the renderer (main → renderer, one event). */
export const MENU_COMMANDS = ['import', 'export-brief'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
export const MENU_COMMAND_EVENT = 'menu:command'

/** The one object the preload exposes as `window.sourcemark`. */
export interface SourcemarkApi {
  invoke<K extends IpcChannel>(channel: K, args: IpcArgs<K>): Promise<IpcResult<IpcResults[K]>>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
