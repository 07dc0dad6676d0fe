// A restore brings the backup's audit trail along: each of its chains is appended to the library's
// trail as the chain of the workspace that wrote it, with the entries the library already holds
// left out. The restore then records, in the library's own chain, that the chain was joined.
import { GENESIS_HASH } from '../history'
import type { HistoryEntry } from '../model'
import type { Backup } from './format'

/** What the library's trail holds, by chain (null: the library's own). */
export interface TrailSnapshot {
  /** This library's workspace id: a backup's entries of that chain are the library's own. */
  workspaceId: string | null
  /** Every entry hash in the trail. */
  hashes: ReadonlySet<string>
  /** The hash of each chain's last entry. */
  heads: ReadonlyMap<string | null, string>
}

export interface JoinedChain {
  /** The workspace id the chain is kept under; null when it is the library's own. */
  chain: string | null
  /** Entries appended now. */
  added: number
  /** Entries the library already held. */
  present: number
  /** Hash of the chain's last entry once joined. */
  head: string
}

export interface TrailPlan {
  joined: JoinedChain[]
  /** Chains whose entries do not continue what the library holds of them: left out. */
  diverged: (string | null)[]
  /** The entries to append, in order, without ids, each labelled with its chain. */
  entries: HistoryEntry[]
}

/**
 * The chain a backup's unlabelled entries belong to: the workspace that wrote it, or for an
 * unsigned version-1 file a name made from its first entry, the same on every restore.
 */
export function backupChainId(backup: Backup): string | null {
  if (backup.workspace) return backup.workspace.id
  const first = backup.history?.[0]
  return first ? `unsigned-${first.hash.slice(0, 16)}` : null
}

export function planTrail(backup: Backup, trail: TrailSnapshot): TrailPlan {
  const plan: TrailPlan = { joined: [], diverged: [], entries: [] }
  const own = backupChainId(backup)
  const groups = new Map<string | null, HistoryEntry[]>()
  for (const entry of backup.history ?? []) {
    const label = entry.chain ?? own
    const chain = label === trail.workspaceId ? null : label
    let group = groups.get(chain)
    if (!group) groups.set(chain, (group = []))
    group.push(entry)
  }
  for (const [chain, entries] of groups) {
    const known = entries.findLastIndex((e) => trail.hashes.has(e.hash)) + 1
    const fresh = entries.slice(known)
    const head = trail.heads.get(chain) ?? GENESIS_HASH
    if (fresh.length > 0 && fresh[0].prevHash !== head) {
      plan.diverged.push(chain)
      continue
    }
    for (const { id: _id, chain: _chain, ...entry } of fresh) {
      plan.entries.push(chain === null ? entry : { ...entry, chain })
    }
    plan.joined.push({
      chain,
      added: fresh.length,
      present: known,
      head: fresh.at(-1)?.hash ?? head
    })
  }
  return plan
}
