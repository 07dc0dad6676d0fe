import { describe, expect, it } from 'vitest'
import { coordinatedNames } from './coordinated'

/** The other members of the list `name` belongs to in `sentence`, as text. */
function others(sentence: string, name: string): string[] {
  const start = sentence.indexOf(name)
  return coordinatedNames(sentence, { start, end: start + name.length }).map((s) =>
    sentence.slice(s.start, s.end)
  )
}

describe('coordinatedNames', () => {
  it('finds the rest of a list after "according to"', () => {
    expect(others('According to Reuters, AP and AFP, the troops left Kursk.', 'Reuters')).toEqual([
      'AP',
      'AFP'
    ])
    expect(others('According to Reuters and AFP the troops left.', 'Reuters')).toEqual(['AFP'])
    expect(others('According to Reuters, the Associated Press and AFP, they left.', 'Reuters')).toEqual([
      'the Associated Press',
      'AFP'
    ])
  })

  it('finds the names before the one the verb follows', () => {
    expect(others('Zelensky and Macron said the talks were useful.', 'Macron')).toEqual(['Zelensky'])
    expect(others('Reuters, AP and AFP reported the withdrawal.', 'AFP')).toEqual(['Reuters', 'AP'])
  })

  it('takes a comma without a closing "and" for no list', () => {
    expect(others('According to Reuters, Russia has withdrawn.', 'Reuters')).toEqual([])
    expect(others('In Kyiv, Macron said the talks were useful.', 'Macron')).toEqual([])
  })

  it('takes no lower-case words for names', () => {
    expect(others('The troops left and Macron said the talks were useful.', 'Macron')).toEqual([])
    expect(others('According to Reuters and other agencies, they left.', 'Reuters')).toEqual([])
  })

  it('leaves the "and" inside a name with "of" to the name', () => {
    expect(
      others('According to the Ministry of Culture and Sport, it closed.', 'Ministry of Culture')
    ).toEqual([])
  })
})
