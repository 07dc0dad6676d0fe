// The brief of an export dialog's opening, built once and shared by the check, the preview and every
// export: reading a long article and building its model takes a while, and all of them need the same.
// It is built again only when its scope, its header or the library rows a brief reads change. It is
// built where brief-worker-client.ts says (in the brief's worker, or on the page where it cannot run).
import Dexie, { type ObservabilitySet } from 'dexie'
import type { CaseHeader } from '@shared/model'
import type { SourcemarkDatabase } from '../../db/database'
import { BRIEF_TABLES, type BriefHeader, type BriefScope } from '../../db/brief-data'
import type { BriefHandle } from './brief-outputs'
import { briefMaker, type BriefMaker } from './brief-worker-client'

export interface BriefBuilds {
  /** The brief of `scope` with `header`: the one built before while nothing it reads has changed. */
  brief(scope: BriefScope, header?: BriefHeader | CaseHeader): Promise<BriefHandle>
  /** Stops watching the library; what was built is let go. */
  stop(): void
}

export function briefBuilds(db: SourcemarkDatabase, maker: BriefMaker = briefMaker): BriefBuilds {
  const watched = BRIEF_TABLES.map((table) => `idb://${db.name}/${table}/`)
  // Raised by every committed write to a table the brief reads, in this window or another. Dexie
  // announces a write before the promise of its transaction settles, so a caller that awaited its
  // write (as `serially` does) never gets the brief from before it.
  let version = 0
  let last: { key: string; version: number; built: Promise<BriefHandle> } | null = null
  const onMutated = (parts: ObservabilitySet) => {
    const names = Object.keys(parts)
    if ((parts as { all?: unknown }).all || names.some((name) => watched.some((t) => name.startsWith(t))))
      version += 1
  }
  Dexie.on('storagemutated', onMutated)
  maker.warm?.(db)
  // The brief replaced is let go (kept in the worker, it holds every sentence of the article).
  const letGo = (built: Promise<BriefHandle> | undefined) =>
    built?.then(
      (brief) => brief.release(),
      () => undefined
    )

  return {
    brief(scope, header) {
      const key = JSON.stringify([scope, header ?? null])
      if (last?.key !== key || last.version !== version) {
        letGo(last?.built)
        const built = maker.build(db, scope, header)
        last = { key, version, built }
        // A failed build is not kept: the next call tries again.
        built.catch(() => {
          if (last?.built === built) last = null
        })
      }
      return last.built
    },
    stop() {
      Dexie.on('storagemutated').unsubscribe(onMutated)
      letGo(last?.built)
      last = null
    }
  }
}
