// Grades the reader has shown but whose write has not yet been confirmed, kept in the window's
// session storage until it is. The rating is painted at once, before the grade writer's worker
// has committed it; a reload (or a worker that stops) in that moment must not lose a grade the
// analyst saw, nor the undo entry for it. Each grade carries the id its history entry is written
// under, so the next page writes it once: only when the library does not already hold it.
import type { GradeRequest } from './assessments'
import type { StackStorage } from './undo'

/** The window's session storage, as the undo stacks keep theirs. */
export type JournalStorage = StackStorage

// Read at start from the window's own storage: checked by hand, as the undo stacks are.
const isGrade = (value: unknown): value is GradeRequest => {
  if (typeof value !== 'object' || value === null) return false
  const { action, sentenceId, label, blank, patch } = value as Record<string, unknown>
  return (
    typeof action === 'string' &&
    typeof sentenceId === 'string' &&
    typeof label === 'string' &&
    typeof blank === 'object' &&
    blank !== null &&
    typeof patch === 'object' &&
    patch !== null
  )
}

/** The unconfirmed grades of one library in one window, oldest first. */
export class UnconfirmedGrades {
  constructor(
    private readonly storage: JournalStorage | undefined,
    private readonly key: string
  ) {}

  /** What is kept, oldest first; nothing when the storage holds nothing readable. */
  list(): GradeRequest[] {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]')
      return Array.isArray(value) ? value.filter(isGrade) : []
    } catch {
      return []
    }
  }

  add(grade: GradeRequest): void {
    this.save([...this.list(), grade])
  }

  /** Forgets the grade written under `action`: confirmed, or refused with nothing written. */
  remove(action: string): void {
    this.save(this.list().filter((grade) => grade.action !== action))
  }

  private save(grades: GradeRequest[]): void {
    try {
      if (grades.length === 0) this.storage?.removeItem(this.key)
      else this.storage?.setItem(this.key, JSON.stringify(grades))
    } catch {
      // Storage full or disabled: the grade is still written; only a reload in this moment loses it.
    }
  }
}

/** The unconfirmed grades of the library `name` in `storage`: by default, the window's own. */
export function unconfirmedGradesOf(name: string, storage = windowStorage()): UnconfirmedGrades {
  return new UnconfirmedGrades(storage, `sourcemark:unconfirmed-grades:${name}`)
}

function windowStorage(): JournalStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
  } catch {
    // A page whose storage is denied: grades are still written, only not kept across a reload.
    return undefined
  }
}
