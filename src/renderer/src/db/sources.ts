// The source registry, shared by every article in the library.
import type { Reliability, Source, SourceKind } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { runAction, type RecordChange } from './history'

export interface SourceDraft {
  name: string
  kind?: SourceKind
  reliability?: Reliability
  affiliation?: string
  description?: string
  aliases?: string[]
}

/** Creates a source, or returns the existing one with the same name (case-insensitive). */
export function createSource(db: SourcemarkDatabase, draft: SourceDraft): Promise<Source> {
  return runAction(db, [db.sources], (record) => ensureSource(db, draft, record), 'Create source')
}

/** Inside an action over `db.sources`: the source the draft names, created if the registry lacks it. */
export async function ensureSource(
  db: SourcemarkDatabase,
  draft: SourceDraft,
  record: RecordChange
): Promise<Source> {
  const name = draft.name.trim().replace(/\s+/g, ' ')
  if (!name) throw new Error('Source: a source needs a name.')
  const existing = await findSourceByName(db, name)
  if (existing) return existing
  const source: Source = {
    id: crypto.randomUUID(),
    name,
    aliases: draft.aliases?.filter((a) => a.trim() && a.trim() !== name) ?? [],
    kind: draft.kind ?? 'other',
    // A new source has no track record yet: its reliability cannot be judged until the analyst says.
    reliability: draft.reliability ?? 'F',
    ...(draft.affiliation ? { affiliation: draft.affiliation } : {}),
    ...(draft.description ? { description: draft.description } : {})
  }
  await db.sources.add(source)
  await record({ entity: 'source', entityId: source.id, before: null, after: source })
  return source
}

export async function findSourceByName(db: SourcemarkDatabase, name: string): Promise<Source | undefined> {
  const wanted = name.trim().toLocaleLowerCase()
  return db.sources
    .filter(
      (s) => s.name.toLocaleLowerCase() === wanted || s.aliases.some((a) => a.toLocaleLowerCase() === wanted)
    )
    .first()
}

export async function updateSource(
  db: SourcemarkDatabase,
  id: string,
  patch: Partial<Omit<Source, 'id'>>
): Promise<void> {
  await runAction(
    db,
    [db.sources],
    async (record) => {
      const before = await db.sources.get(id)
      if (!before) throw new Error(`Source ${id} no longer exists.`)
      const after = { ...before, ...patch }
      await db.sources.put(after)
      await record({ entity: 'source', entityId: id, before, after })
    },
    'Edit source'
  )
}
