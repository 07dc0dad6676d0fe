// Writes an export so that the target is either the old file or the complete new one: the bytes go
// to a temporary file beside the real target (same filesystem, so the rename is atomic), are
// flushed to disk, then renamed over it. On failure the temporary file is removed.
import { randomBytes } from 'node:crypto'
import { lstat, open, readlink, realpath, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

/** As many links as Linux follows before it gives up with ELOOP. */
const MAX_LINK_HOPS = 40

export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

export interface WriteTarget {
  /** The file the bytes end up in: the target, or the file its symlinks lead to. */
  path: string
  /** Permission bits of the file being replaced; absent for a new file. */
  mode?: number
}

/**
 * Where a write to `target` must land. Renaming over a symlink would replace the link with a
 * plain file and leave the file it points to unchanged, so links are followed, a dangling one
 * included (the write creates the file it names, as an ordinary write would).
 */
export async function resolveWriteTarget(target: string): Promise<WriteTarget> {
  let current = target
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    let info
    try {
      info = await lstat(current)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: current }
      throw error
    }
    if (!info.isSymbolicLink()) {
      return info.isFile() ? { path: current, mode: info.mode & 0o7777 } : { path: current }
    }
    // Read the link against the real folder it sits in, as the system does: `..` in a link
    // inside a linked folder climbs from where the folder really is.
    current = resolve(await realpath(dirname(current)), await readlink(current))
  }
  throw Object.assign(new Error(`ELOOP: too many symbolic links, ${target}`), { code: 'ELOOP' })
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const { path, mode } = await resolveWriteTarget(target)
  const temporary = temporaryPathFor(path)
  try {
    const handle = await open(temporary, 'wx')
    try {
      // Set explicitly: a mode given to open() is narrowed by the umask, and a private file
      // (0600) or a shared one (0664) must stay as the analyst made it.
      if (mode !== undefined) await handle.chmod(mode)
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
