// Electron wiring for the quit gate: hold the window's first close until the renderer's last
// automatic backup is written. The logic is QuitBackupGate's; this file only connects it.
import type { BrowserWindow } from 'electron'
import { QUIT_BACKUP_EVENT } from '@shared/ipc/channels'
import { QuitBackupGate } from './quit-gate'

export function holdCloseForBackup(window: BrowserWindow): QuitBackupGate {
  const gate = new QuitBackupGate({
    requestBackup: () => window.webContents.send(QUIT_BACKUP_EVENT),
    close: () => {
      if (!window.isDestroyed()) window.close()
    },
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
  })
  window.on('close', (event) => {
    if (gate.holdClose()) event.preventDefault()
  })
  return gate
}
