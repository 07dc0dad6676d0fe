// The desktop platform: everything goes through `window.sourcemark`, the preload's one object.
import type { IpcResult, SourcemarkApi } from '@shared/ipc/contract'
import type { Platform } from './platform'

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

export function desktopPlatform(api: SourcemarkApi): Platform {
  return {
    kind: 'desktop',
    async saveMarkdown(suggestedName, content) {
      const saved = unwrap(await api.invoke('brief:save-markdown', { suggestedName, content }))
      return { saved: saved.saved, location: saved.filePath }
    },
    async exportPdf(suggestedName, pageHtml, pageSize, handling) {
      // The print window loads nothing but the page: its fonts go inside it.
      const html = await (await import('../features/brief/print-fonts')).embedFonts(pageHtml)
      const args = handling ? { suggestedName, html, pageSize, handling } : { suggestedName, html, pageSize }
      const saved = unwrap(await api.invoke('brief:export-pdf', args))
      return { saved: saved.saved, location: saved.filePath }
    },
    async saveData(suggestedName, content, format) {
      const saved = unwrap(await api.invoke('data:save-file', { suggestedName, content, format }))
      return { saved: saved.saved, location: saved.filePath }
    },
    async pickBackupFile() {
      return unwrap(await api.invoke('data:open-backup', {}))
    },
    async pickArticleFiles() {
      return unwrap(await api.invoke('article:open-files', {}))
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    autoBackups: {
      async write(json, articleCount, reason) {
        return unwrap(await api.invoke('backups:write', { json, articleCount, reason }))
      },
      async list() {
        return unwrap(await api.invoke('backups:list', {}))
      },
      async read(fileName) {
        return unwrap(await api.invoke('backups:read', { fileName }))
      },
      onQuitRequest: (listener) => api.onQuitBackupRequest(listener),
      async declineQuit() {
        unwrap(await api.invoke('backups:decline-quit', {}))
      }
    },
    libraryMarker: {
      async read() {
        return unwrap(await api.invoke('library:read-marker', {}))
      },
      async write(marker) {
        unwrap(await api.invoke('library:write-marker', { marker }))
      }
    }
  }
}
