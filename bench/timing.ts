// Timing helpers: medians of several interleaved runs, because single runs on a shared 2-core
// machine are noisy and drift (a later run may get a hotter JIT or a busier neighbour).

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function seconds(run: () => unknown): number {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

/** Seconds per run of each contender, alternating them `runs` times after one warm-up each. */
export function timeInterleaved(contenders: readonly (() => unknown)[], runs: number): number[][] {
  for (const run of contenders) run()
  const times = contenders.map((): number[] => [])
  for (let i = 0; i < runs; i++) {
    contenders.forEach((run, c) => times[c].push(seconds(run)))
  }
  return times
}

/** Seconds of a single run. */
export function timeOnce(run: () => unknown): number {
  return seconds(run)
}
