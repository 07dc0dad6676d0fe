// Registers one ipcMain handler per contract channel, all going through handleIpc.
import { app, BrowserWindow, dialog, ipcMain, shell, type WebFrameMain } from 'electron'
import { join } from 'node:path'
import { ipcChannels, type AutoBackupReason } from '@shared/ipc/contract'
import { printHtmlToPdf } from '../windows/print-window'
import { createAppHandlers } from './app'
import { createArticleHandlers } from './article'
import { createBackupsHandlers } from './backups'
import { createBriefHandlers } from './brief'
import { createDataHandlers } from './data'
import { handleIpc, type IpcHandlers } from './dispatch'
import { createLibraryHandlers } from './library'

interface CallContext {
  /** The window that made the call: native dialogs open as its sheets. */
  window: BrowserWindow | null
}

export interface RegisterOptions {
  /** Told when an automatic backup was written or failed (the quit gate waits for it). */
  onBackupSettled?(reason: AutoBackupReason): void
}

export function registerIpcHandlers(
  isAppPage: (url: string | null | undefined) => boolean,
  options: RegisterOptions = {}
): void {
  const handlers: IpcHandlers<CallContext> = {
    ...createBriefHandlers<CallContext>({
      // Looked up on `dialog` at call time, so tests can stub the dialog from the main process.
      showSaveDialog: ({ window }, options) =>
        window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
      printToPdf: printHtmlToPdf,
      defaultDirectory
    }),
    ...createArticleHandlers<CallContext>({
      showOpenDialog: ({ window }, options) =>
        window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
    }),
    ...createDataHandlers<CallContext>({
      showSaveDialog: ({ window }, options) =>
        window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
      showOpenDialog: ({ window }, options) =>
        window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
      defaultDirectory
    }),
    ...createAppHandlers<CallContext>({ openExternal: (url) => shell.openExternal(url) }),
    ...createBackupsHandlers<CallContext>({
      directory: () => join(app.getPath('userData'), 'backups'),
      onWriteSettled: options.onBackupSettled
    }),
    ...createLibraryHandlers<CallContext>({
      markerPath: () => join(app.getPath('userData'), 'library-marker.json')
    })
  }
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, args: unknown) =>
      handleIpc(
        {
          channel,
          args,
          senderUrl: topFrameUrl(event.senderFrame),
          context: { window: BrowserWindow.fromWebContents(event.sender) }
        },
        handlers,
        isAppPage
      )
    )
  }
}

/** Only the top frame speaks for the app; a sub-frame (there should be none) never does. */
function topFrameUrl(frame: WebFrameMain | null): string | null {
  return frame && frame.parent === null ? frame.url : null
}

function defaultDirectory(): string {
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}
