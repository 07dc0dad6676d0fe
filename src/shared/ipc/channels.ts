// The names that cross the process boundary, without their schemas: the sandboxed preload
// imports this file alone, so zod never ends up in its bundle.

/** Every renderer → main channel, `domain:action`. `contract.ts` gives each one a schema. */
export const IPC_CHANNELS = [
  'brief:save-markdown',
  'brief:export-pdf',
  'article:open-files',
  'data:save-file',
  'data:open-backup',
  'app:open-external',
  'backups:write',
  'backups:list',
  'backups:read',
  'backups:decline-quit',
  'library:read-marker',
  'library:write-marker'
] as const

export type IpcChannel = (typeof IPC_CHANNELS)[number]

const channelSet: ReadonlySet<string> = new Set(IPC_CHANNELS)

export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && channelSet.has(name)
}

/** Commands the application menu sends to the renderer (main → renderer, one event). */
export const MENU_COMMANDS = ['import', 'export-brief', 'export-backup', 'restore-backup'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
export const MENU_COMMAND_EVENT = 'menu:command'

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

/**
 * Main → renderer, when the window is closing: "write a last automatic backup now". The renderer
 * answers with `backups:write` (reason `quit`); main closes the window after it, or after a
 * bounded wait.
 */
export const QUIT_BACKUP_EVENT = 'backups:final-request'
