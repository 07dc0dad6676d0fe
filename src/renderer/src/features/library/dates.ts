// Dates as the analyst reads them in the backup and library-gone messages.
import { dateFormat } from '@shared/date-format'

const format = dateFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function readableDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : format(date)
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
