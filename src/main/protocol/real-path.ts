// The last check before the app scheme reads a file: where the file really is once symlinks are
// followed. The URL checks only see names; a link inside the renderer folder (or a linked folder
// in the middle of the path) could still point anywhere on disk.
import { realpath } from 'node:fs/promises'
import nodePath, { type PlatformPath } from 'node:path'

/**
 * The real path of `filePath` when it lies inside the real path of `root`, else null. A root that
 * is itself reached through a link (an install folder linked elsewhere) is followed too, so files
 * inside it are still served. Rejects like `realpath` when the file is missing.
 */
export async function realPathInside(
  root: string,
  filePath: string,
  path: PlatformPath = nodePath
): Promise<string | null> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)])
  const prefix = realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep
  return realFile.startsWith(prefix) ? realFile : null
}
