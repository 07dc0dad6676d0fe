// What the renderer sees of the preload: its type-check includes this declaration, never the code.
import type { SourcemarkApi } from '../shared/ipc/contract'

declare global {
  interface Window {
    /** Present in the desktop shell only; the browser shell leaves it undefined. */
    sourcemark?: SourcemarkApi
  }
}

export {}
