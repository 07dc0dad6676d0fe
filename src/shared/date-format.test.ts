import { afterEach, expect, it } from 'vitest'
import { dateFormat } from './date-format'

const IntlDateTimeFormat = Intl.DateTimeFormat
afterEach(() => {
  Intl.DateTimeFormat = IntlDateTimeFormat
})

/** Counts the formatters made from here on. */
function countingFormatters(): { made: number } {
  const count = { made: 0 }
  Intl.DateTimeFormat = class extends IntlDateTimeFormat {
    constructor(...args: ConstructorParameters<typeof IntlDateTimeFormat>) {
      super(...args)
      count.made++
    }
  } as typeof Intl.DateTimeFormat
  return count
}

it('makes no formatter until the first date, then one, and formats as Intl does', () => {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }
  const date = new Date('2026-11-30T08:05:00.000Z')
  const expected = new IntlDateTimeFormat('en-GB', options).format(date)
  const count = countingFormatters()

  const format = dateFormat('en-GB', options)
  expect(count.made).toBe(0)
  expect(format(date)).toBe(expected)
  expect(format(new Date('2026-12-01T17:30:00.000Z'))).toBe('1 Dec 2026, 17:30')
  expect(count.made).toBe(1)
})
