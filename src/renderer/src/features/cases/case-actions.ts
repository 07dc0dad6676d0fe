// The case view's writes, each behind the analyst's earlier ones (see `serially`), with a failure
// turned into a sentence that names what was not saved.
import type { CaseHeader, CaseId } from '@shared/model'
import { db, serially } from '../../db'
import { getCase, saveCaseHeader } from '../../db/cases'

/** Saves one field of the case's header, over the header as it is stored now. */
export function saveCaseHeaderField<K extends keyof CaseHeader>(
  caseId: CaseId,
  part: K,
  value: CaseHeader[K]
): Promise<unknown> {
  return serially(async () => {
    const stored = await getCase(db, caseId)
    if (!stored) throw new Error('The case is no longer in the library.')
    if (stored.header[part] === value) return stored
    return saveCaseHeader(db, caseId, { ...stored.header, [part]: value })
  })
}

/** `what` failed: the error in words, for the status line. */
export function failure(what: string, e: unknown): string {
  return `${what}: ${e instanceof Error ? e.message : String(e)}`
}
