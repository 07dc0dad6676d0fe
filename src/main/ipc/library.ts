// library:* — the marker file that remembers, outside IndexedDB, that a library existed.
import { readMarkerFile, writeMarkerFile } from '../backups/marker-file'
import type { IpcHandlers } from './dispatch'

export interface LibraryHost {
  /** `<userData>/library-marker.json`. */
  markerPath(): string
}

export function createLibraryHandlers<C>(
  host: LibraryHost
): Pick<IpcHandlers<C>, 'library:read-marker' | 'library:write-marker'> {
  return {
    'library:read-marker': () => readMarkerFile(host.markerPath()),
    'library:write-marker': async ({ marker }) => {
      await writeMarkerFile(host.markerPath(), marker)
      return null
    }
  }
}
