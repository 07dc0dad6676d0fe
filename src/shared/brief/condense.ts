// A brief of a long article cannot quote every sentence: past a limit it shows the graded ones
// with their neighbours in the same paragraph and names the rest by number. The limit and the runs are decided here.

/** Past either figure a brief is long: its annotated text is condensed, its gaps given as ranges. */
export const LONG_BRIEF = { sentences: 500, ungraded: 200 } as const

/**
 * Past this many uncorroborated claims, a long brief's print view names the plain ones (a quote
 * and its sources, no evidence for or against) by sentence number, as it names its gaps: each is
 * quoted with its rating in the annotated text. The Markdown, and the print view of the full
 * annotated text, list every one.
 */
export const LISTED_CLAIMS = 100

export function isLongBrief(sentences: number, ungraded: number): boolean {
  return sentences > LONG_BRIEF.sentences || ungraded > LONG_BRIEF.ungraded
}

/**
 * The runs of positions to show, as `[start, end)`: every position `keep` marks, with the position
 * before and after it when `together` says they share its paragraph (`together(i)`: position `i`
 * goes on the paragraph of `i - 1`); runs that touch or overlap are one. In one pass, in order.
 */
export function shownRuns(
  keep: readonly boolean[],
  together: (i: number) => boolean = () => true
): [number, number][] {
  const runs: [number, number][] = []
  keep.forEach((kept, i) => {
    if (!kept) return
    const start = i > 0 && together(i) ? i - 1 : i
    const end = i + 1 < keep.length && together(i + 1) ? i + 2 : i + 1
    const last = runs.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else runs.push([start, end])
  })
  return runs
}

/** `12–40, 55, 60–75` from ascending whole numbers: consecutive numbers become one range. */
export function numberRanges(numbers: readonly number[]): string {
  const parts: string[] = []
  let i = 0
  while (i < numbers.length) {
    let j = i
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++
    parts.push(j === i ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`)
    i = j + 1
  }
  return parts.join(', ')
}
