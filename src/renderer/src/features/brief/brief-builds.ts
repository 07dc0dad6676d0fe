// The brief of an export dialog's opening, built once and shared by the check, the preview and every
// export: reading a long article and building its model takes seconds, and all of them need the same.
// It is built again only when its scope, its header or the library rows a brief reads change.
import Dexie, { type ObservabilitySet } from 'dexie'
import type { CaseHeader } from '@shared/model'
import type { SourcemarkDatabase } from '../../db/database'
import { BRIEF_TABLES, loadScopeInput, type BriefHeader, type BriefScope } from './brief-data'
import { buildOnce, type BuiltBrief } from './brief-outputs'

export interface BriefBuilds {
  /** The brief of `scope` with `header`: the one built before while nothing it reads has changed. */
  brief(scope: BriefScope, header?: BriefHeader | CaseHeader): Promise<BuiltBrief>
  /** Stops watching the library; what was built is let go. */
  stop(): void
}

export function briefBuilds(db: SourcemarkDatabase, build: typeof buildOnce = buildOnce): BriefBuilds {
  const watched = BRIEF_TABLES.map((table) => `idb://${db.name}/${table}/`)
  // Raised by every committed write to a table the brief reads, in this window or another. Dexie
  // announces a write before the promise of its transaction settles, so a caller that awaited its
  // write (as `serially` does) never gets the brief from before it.
  let version = 0
  let last: { key: string; version: number; built: Promise<BuiltBrief> } | null = null
  const onMutated = (parts: ObservabilitySet) => {
    const names = Object.keys(parts)
    if ((parts as { all?: unknown }).all || names.some((name) => watched.some((t) => name.startsWith(t))))
      version += 1
  }
  Dexie.on('storagemutated', onMutated)

  return {
    brief(scope, header) {
      const key = JSON.stringify([scope, header ?? null])
      if (last?.key !== key || last.version !== version) {
        const built = loadScopeInput(scope, header, db).then(build)
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
      last = null
    }
  }
}

/** The brief stamped with the time it is exported, not the time its model was built. */
export function exportedNow(brief: BuiltBrief, at: string = new Date().toISOString()): BuiltBrief {
  return { input: { ...brief.input, generatedAt: at }, model: { ...brief.model, generatedAt: at } }
}
