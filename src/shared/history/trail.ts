// A library's trail may hold several chains: its own, and one per other workspace whose backup
// was restored into it. Each chain is verified on its own, in the order of the trail.
import type { HistoryEntry } from '../model'
import { verifyChain, type ChainVerdict } from './chain'
import { chainName } from './index'

export interface ChainReport {
  /** The workspace id of the chain; null for the library's own. */
  chain: string | null
  count: number
  /** Hash of the chain's last entry. */
  head: string
  verdict: ChainVerdict
}

export type TrailVerdict =
  | { ok: true; chains: ChainReport[] }
  | {
      ok: false
      chains: ChainReport[]
      /** Index in the whole trail of the first entry that does not fit its chain. */
      brokenAt: number
      message: string
    }

/** Verifies each chain of `entries` (in trail order) on its own; reports the first break. */
export function verifyTrail(entries: readonly HistoryEntry[]): TrailVerdict {
  const groups = new Map<string | null, { entries: HistoryEntry[]; at: number[] }>()
  entries.forEach((entry, i) => {
    const key = entry.chain ?? null
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { entries: [], at: [] }))
    group.entries.push(entry)
    group.at.push(i)
  })
  const chains: ChainReport[] = []
  let broken: { brokenAt: number; message: string } | undefined
  for (const [chain, group] of groups) {
    const verdict = verifyChain(group.entries)
    chains.push({ chain, count: group.entries.length, head: group.entries.at(-1)!.hash, verdict })
    if (!verdict.ok) {
      const brokenAt = group.at[verdict.brokenAt]
      if (!broken || brokenAt < broken.brokenAt) {
        broken = {
          brokenAt,
          message:
            groups.size === 1 && chain === null
              ? verdict.message
              : `In ${chainName(chain)}: ${verdict.message}`
        }
      }
    }
  }
  return broken ? { ok: false, chains, ...broken } : { ok: true, chains }
}
