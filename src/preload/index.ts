// Exposes exactly one object, `window.sourcemark`, to the sandboxed renderer. Imports only
// electron and the zod-free channel code, so the bundle stays small and Node-free.
import { contextBridge, ipcRenderer } from 'electron'
import { createSourcemarkApi } from '@shared/ipc/api'
import type { SourcemarkApi } from '@shared/ipc/contract'

const api = createSourcemarkApi(ipcRenderer) satisfies SourcemarkApi

contextBridge.exposeInMainWorld('sourcemark', api)
