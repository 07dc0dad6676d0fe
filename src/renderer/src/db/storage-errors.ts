// Storage failures in plain words: a full disk, IndexedDB switched off, a database closed or
// deleted under the app. The raw names (QuotaExceededError…) and the links Dexie puts in its
// messages mean nothing to an analyst; what happened and what to do next does.

export type StorageProblem = 'full' | 'unavailable' | 'newer-version' | 'closed' | 'failed'

// Short enough for the two lines of the header's message, next step included.
const PLAIN: Record<StorageProblem, string> = {
  full:
    'The disk (or the browser’s share of it) is full, so the last change was not saved. Free some ' +
    'disk space, then Library ▾ → Back up workspace.',
  unavailable:
    'This browser lets Sourcemark store nothing (storage is off, as in a private window). Open ' +
    'Sourcemark in a normal window, or allow site data for it.',
  'newer-version':
    'This library was saved by a newer version of Sourcemark. Open it with that version, or restore ' +
    'a backup here.',
  closed:
    'The library’s storage was closed or deleted while Sourcemark was open. Reload Sourcemark; if ' +
    'the library is gone, restore your latest backup.',
  failed:
    'The browser’s storage failed. Restart Sourcemark; if it happens again, free some disk space and ' +
    'restore your latest backup.'
}

// Checked in this order: the most specific cause first (a quota error often arrives wrapped in
// an AbortError, and an open failure may carry any of the others inside).
const PATTERNS: [StorageProblem, RegExp][] = [
  ['full', /QuotaExceeded|\bquota\b|full disk|disk is full|no space left|ENOSPC/i],
  ['unavailable', /MissingAPI|IndexedDB API missing|indexedDB is not defined|SecurityError.*indexedDB/i],
  ['newer-version', /\bVersionError\b|less than the existing version/i],
  ['closed', /DatabaseClosed|Database has been closed|VersionChanged|connection is closing/i],
  ['failed', /\b(InvalidStateError|UnknownError|OpenFailedError|AbortError)\b|backing store/i]
]

/** The error and everything it wraps (Dexie's `inner`, a bulk write's `failures`), as text. */
function describeChain(error: unknown, depth = 0): string[] {
  if (error == null || depth > 5) return []
  if (typeof error !== 'object') return [String(error)]
  const { name, message, inner, failures } = error as {
    name?: unknown
    message?: unknown
    inner?: unknown
    failures?: unknown
  }
  const own = [name, message].filter((part) => typeof part === 'string').join(': ')
  const wrapped = Array.isArray(failures)
    ? failures
    : failures && typeof failures === 'object'
      ? Object.values(failures)
      : []
  return [own, ...describeChain(inner, depth + 1), ...wrapped.flatMap((f) => describeChain(f, depth + 1))]
}

function problemIn(text: string): StorageProblem | null {
  for (const [problem, pattern] of PATTERNS) if (pattern.test(text)) return problem
  return null
}

export function storageProblem(error: unknown): StorageProblem | null {
  return problemIn(describeChain(error).join('\n'))
}

/** Plain words and the next step for a storage failure; null when `error` is something else. */
export function describeStorageError(error: unknown): string | null {
  const problem = storageProblem(error)
  return problem && PLAIN[problem]
}

/** Any error as a message for the analyst: storage failures in plain words, others as they are. */
export function plainErrorMessage(error: unknown): string {
  return describeStorageError(error) ?? withoutLinks(error instanceof Error ? error.message : String(error))
}

/**
 * The same for a message already written (`Backup failed: QuotaExceededError …`): the words
 * before the raw error stay, the raw error becomes plain words.
 */
export function plainMessageText(text: string): string {
  const problem = problemIn(text)
  if (!problem) return withoutLinks(text)
  const colon = text.indexOf(': ')
  const lead = colon > 0 && !problemIn(text.slice(0, colon)) ? text.slice(0, colon + 2) : ''
  return `${lead}${PLAIN[problem]}`
}

// Dexie ends some messages with a shortened link ("See http://bit.ly/…", "Please visit https://tinyurl.com/…").
function withoutLinks(text: string): string {
  return text.replace(/[\s.]*(?:please visit|see)?\s*https?:\/\/(?:bit\.ly|tinyurl\.com)\/\S*/gi, '').trim()
}
