// Registers one ipcMain handler per contract channel, all going through handleIpc.
import { app, BrowserWindow, dialog, ipcMain, shell, type WebFrameMain } from 'electron'
import { ipcChannels } from '@shared/ipc/contract'
import { printHtmlToPdf } from '../windows/print-window'
import { createAppHandlers } from './app'
import { createArticleHandlers } from './article'
import { createBriefHandlers } from './brief'
import { createDataHandlers } from './data'
import { handleIpc, type IpcHandlers } from './dispatch'

interface CallContext {
  /** The window that made the call: native dialogs open as its sheets. */
  window: BrowserWindow | null
}

export function registerIpcHandlers(isAppPage: (url: string | null | undefined) => boolean): void {
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
    ...createAppHandlers<CallContext>({ openExternal: (url) => shell.openExternal(url) })
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
