// The library marker's one rule, checked by hand: the browser shell reads the marker at every
// start and after every change, and a schema library there would weigh on the first load. Main
// validates the marker it is sent by the same rule (the IPC schema reports its problem).

export interface LibraryMarker {
  version: 1
  /** Articles in the library when the marker was last written. */
  articles: number
  /** Articles the analyst brought in (all but the bundled sample). */
  imported: number
  /** Sentences with a source or a credibility. */
  graded: number
  /** When the library last changed (ISO 8601 with its offset). */
  changedAt: string
  /** The last backup file the analyst saved (Back up workspace), as the browser named it. */
  lastBackup?: { fileName: string; at: string }
}

/** What is wrong with a marker: the field (a path, empty for the whole value) and why. */
export interface MarkerProblem {
  path: string[]
  reason: string
}

/** A date and time with its offset (Z or ±hh:mm), seconds and fractions optional, as zod's `iso.datetime({ offset: true })`. */
const ISO_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const COUNTS = ['articles', 'imported', 'graded'] as const
const FIELDS = ['version', ...COUNTS, 'changedAt', 'lastBackup']

const isCount = (value: unknown): boolean =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 1e9

const isTime = (value: unknown): boolean => typeof value === 'string' && ISO_DATE_TIME.test(value)

const TIME = 'must be an ISO 8601 date and time'

function lastBackupProblem(value: unknown): MarkerProblem | undefined {
  if (!isRecord(value)) return { path: ['lastBackup'], reason: 'must be an object' }
  const unknown = Object.keys(value).find((key) => key !== 'fileName' && key !== 'at')
  if (unknown !== undefined) return { path: ['lastBackup', unknown], reason: 'is not a field of a marker' }
  const { fileName } = value
  if (typeof fileName !== 'string' || fileName.length < 1 || fileName.length > 200)
    return { path: ['lastBackup', 'fileName'], reason: 'must be a file name of 1 to 200 characters' }
  if (!isTime(value.at)) return { path: ['lastBackup', 'at'], reason: TIME }
  return undefined
}

/**
 * What keeps `value` from being a marker this version wrote (a field missing, unknown, or out of
 * range), or undefined when it is one.
 */
export function markerProblem(value: unknown): MarkerProblem | undefined {
  if (!isRecord(value)) return { path: [], reason: 'must be an object' }
  const unknown = Object.keys(value).find((key) => !FIELDS.includes(key))
  if (unknown !== undefined) return { path: [unknown], reason: 'is not a field of a marker' }
  if (value.version !== 1) return { path: ['version'], reason: 'must be 1' }
  for (const field of COUNTS)
    if (!isCount(value[field])) return { path: [field], reason: 'must be a whole number from 0 to 1e9' }
  if (!isTime(value.changedAt)) return { path: ['changedAt'], reason: TIME }
  return value.lastBackup === undefined ? undefined : lastBackupProblem(value.lastBackup)
}

export const isLibraryMarker = (value: unknown): value is LibraryMarker => markerProblem(value) === undefined

/** The marker kept as `text`, or null when it is not JSON or not a marker (the app then behaves as new). */
export function parseLibraryMarker(text: string): LibraryMarker | null {
  try {
    const value: unknown = JSON.parse(text)
    return isLibraryMarker(value) ? value : null
  } catch {
    return null
  }
}
