import { describe, expect, it } from 'vitest'
import { isLongBrief, numberRanges, shownRuns } from './condense'

const marks = (length: number, kept: number[]) => Array.from({ length }, (_, i) => kept.includes(i))

describe('shownRuns', () => {
  it('shows each kept position with the one before and after it', () => {
    expect(shownRuns(marks(20, [5, 12]))).toEqual([
      [4, 7],
      [11, 14]
    ])
  })

  it('joins runs that touch or overlap, keeps apart runs with a sentence between, stops at both ends', () => {
    expect(shownRuns(marks(10, [0, 3, 6, 9]))).toEqual([[0, 10]])
    expect(shownRuns(marks(10, [1, 4]))).toEqual([[0, 6]])
    expect(shownRuns(marks(10, [1, 5]))).toEqual([
      [0, 3],
      [4, 7]
    ])
  })

  it('takes a neighbour only from the kept position’s own paragraph', () => {
    // Paragraphs 0–2, 3–4, 5, 6–9: position i opens a paragraph when i is 0, 3, 5 or 6.
    const together = (i: number) => ![3, 5, 6].includes(i)
    expect(shownRuns(marks(10, [2, 5, 7]), together)).toEqual([
      [1, 3],
      [5, 9]
    ])
    expect(shownRuns(marks(10, [3]), together)).toEqual([[3, 5]])
    expect(shownRuns(marks(10, [9]), together)).toEqual([[8, 10]])
  })

  it('shows nothing when nothing is kept', () => {
    expect(shownRuns(marks(5, []))).toEqual([])
  })
})

describe('numberRanges', () => {
  it('writes consecutive numbers as one range and lone numbers alone', () => {
    expect(numberRanges([12, 13, 14, 40, 55, 60, 61])).toBe('12–14, 40, 55, 60–61')
    expect(numberRanges([7])).toBe('7')
    expect(numberRanges([])).toBe('')
  })
})

describe('isLongBrief', () => {
  it('is long past 500 sentences or past 200 ungraded ones, not at them', () => {
    expect(isLongBrief(500, 200)).toBe(false)
    expect(isLongBrief(501, 0)).toBe(true)
    expect(isLongBrief(300, 201)).toBe(true)
  })
})
