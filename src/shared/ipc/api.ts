// The `window.sourcemark` object, built over any ipcRenderer-like transport so its checks can be
// tested without Electron. The preload passes the real ipcRenderer; nothing here imports zod.
import {
  isIpcChannel,
  isMenuCommand,
  MENU_COMMAND_EVENT,
  QUIT_BACKUP_EVENT,
  type MenuCommand
} from './channels'
import type { IpcResult, SourcemarkApi } from './contract'

/** The part of Electron's `ipcRenderer` the API uses. */
export interface IpcTransport {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(event: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(event: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

export function createSourcemarkApi(ipc: IpcTransport): SourcemarkApi {
  return {
    invoke(channel, args) {
      // The preload runs before any page script: refuse names outside the contract here, so a
      // compromised page cannot reach a channel main might register for something else.
      if (!isIpcChannel(channel)) {
        return Promise.resolve(failure(`Unknown IPC channel ${JSON.stringify(String(channel))}`))
      }
      return ipc.invoke(channel, args).then(
        (result) => result as never,
        (error: unknown) =>
          failure(`${channel} failed: ${error instanceof Error ? error.message : String(error)}`)
      )
    },
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const forward = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command)
      }
      ipc.on(MENU_COMMAND_EVENT, forward)
      return () => {
        ipc.removeListener(MENU_COMMAND_EVENT, forward)
      }
    },
    onQuitBackupRequest(listener: () => void) {
      // No arguments cross: the page learns only that a backup is wanted now.
      const forward = (): void => listener()
      ipc.on(QUIT_BACKUP_EVENT, forward)
      return () => {
        ipc.removeListener(QUIT_BACKUP_EVENT, forward)
      }
    }
  }
}

function failure(error: string): IpcResult<never> {
  return { ok: false, error }
}
