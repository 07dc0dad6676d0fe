// The grade writer hashes each grade's history entry (history.ts), and V8 runs a function in its
// interpreter for its first calls: hashing an entry like a grade's takes 0.5–1.7 ms in each of the
// first ten calls, 0.04–0.08 ms from about the twentieth on (Node 20's V8, the same code). The
// worker hashes such an entry a few times once it has started, while the analyst reads, so the
// first grades of a session are hashed by compiled code; each time in a task of its own, so a
// grade that comes meanwhile waits for one of them at most.
import type { Assessment, HistoryEntry } from '@shared/model'
import { GENESIS_HASH } from '@shared/history'
import { chainedEntry } from './history'
import type { HistoryHashing } from './history-hashing'

/** How many entries are hashed: past the calls V8 interprets. */
export const WARM_UP_ROUNDS = 30

/** Runs `work` `rounds` times, each in a task of its own. */
export async function inRounds(work: () => void, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    work()
  }
}

/** A grade's row as the reader writes one: a source, a rating, a note, a tag. */
const SAMPLE: Assessment = {
  sentenceId: `${'0'.repeat(64)}:1`,
  articleId: '0'.repeat(64),
  attributions: [{ sourceId: 'warm-up', role: 'reported' }],
  credibility: 2,
  claimType: 'claim',
  note: 'Confirmed by a second source.',
  tags: ['warm-up'],
  target: {
    exact: 'North Korean troops were deployed to the Kursk region, officials said.',
    prefix: 'the ministry said on Monday. ',
    suffix: ' The deployment followed'
  },
  updatedAt: new Date(0).toISOString()
}

/** The history entry of a grade of SAMPLE, hashed as the grade writer hashes one. */
export function sampleEntry(hashing: HistoryHashing): Omit<HistoryEntry, 'id'> {
  const after = { ...SAMPLE, credibility: 3 as const, updatedAt: new Date().toISOString() }
  const change = { entity: 'assessment' as const, entityId: SAMPLE.sentenceId, before: SAMPLE, after }
  return chainedEntry({ ...change, action: 'warm-up' }, after, GENESIS_HASH, hashing)
}

/** Hashes WARM_UP_ROUNDS sample entries, one per task (see the top of this file). */
export function warmUpHashing(hashing: HistoryHashing): Promise<void> {
  return inRounds(() => void sampleEntry(hashing), WARM_UP_ROUNDS)
}
