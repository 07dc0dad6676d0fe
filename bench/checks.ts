// Speed of work that unit tests only check for correctness: attribution over hostile and real
// text, and reading a 5 MB backup. Medians of interleaved runs, like every figure here.
import { readFileSync } from 'node:fs'
import { suggestAttribution } from '../src/shared/attribution'
import { compendiumLibrary } from '../src/shared/backup/fixtures'
import { parseBackup } from '../src/shared/backup/parse'
import { backupFromLibrary, backupJson } from '../src/shared/backup/serialize'
import { newWorkspaceKey } from '../src/shared/backup/signature'
import { segmentSentences } from '../src/shared/segment'
import { normaliseText } from '../src/shared/text'
import { median, timeInterleaved } from './timing'

const sample = readFileSync(new URL('../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')

const hostile = [
  `${'Alpha '.repeat(20_000)}said.`,
  `${'Alpha Beta, '.repeat(5_000)}said.`,
  `${'Alpha '.repeat(5_000)}${', saying'.repeat(5_000)}.`,
  `according to ${'the Institute for the Study of '.repeat(3_000)}War.`,
  '“'.repeat(10_000) + ' said '.repeat(10_000)
]

function sampleSentences(): string[] {
  const text = normaliseText(sample)
  return segmentSentences(text).map((s) => text.slice(s.start, s.end))
}

function bigBackup(): string {
  // A trail that binds the records and a signature: the whole check a restore makes.
  return backupJson(
    backupFromLibrary(compendiumLibrary(sample), '2026-11-26T15:30:00.000Z', {
      key: newWorkspaceKey('bench-workspace')
    })
  )
}

/** `[name, milliseconds]` for each figure. */
export function checkFigures(runs: number): [string, number][] {
  const sentences = sampleSentences()
  const file = bigBackup()
  const [hostileTimes, sampleTimes, parseTimes] = timeInterleaved(
    [
      () => hostile.forEach((s) => suggestAttribution(s)),
      () => sentences.forEach((s, i) => suggestAttribution(s, { previous: sentences.slice(0, i) })),
      () => parseBackup(file, 'big.json')
    ],
    runs
  )
  return [
    ['attribution.hostile_ms', median(hostileTimes) * 1000],
    ['attribution.sample_article_ms', median(sampleTimes) * 1000],
    ['backup.parse_5mb_ms', median(parseTimes) * 1000]
  ]
}
