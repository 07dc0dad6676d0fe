// How a brief writes its dates, the same in the Markdown and in the print view: each renderer
// escapes what it is given back when the input is not a date.
import type { ISODate, ISODateTime } from '../model'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/** `26 November 2026, 15:30 UTC`; `undefined` when the input is not a date. */
export function dateTimeInWords(iso: ISODateTime): string | undefined {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return undefined
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`
}

/** `31 January 2025`; `undefined` when the input is not a calendar date. */
export function dateInWords(date: ISODate): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : undefined
}
