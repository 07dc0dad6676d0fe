// Reading a picked backup file for a restore: decoded, validated, planned and its signer named,
// nothing written. Both ways into a restore (Library ▾ and the library-gone message) use it.
import { parseBackup, type Backup, type MergePlan } from '@shared/backup'
import { db } from '../../db'
import { planRestore } from '../../db/backup'
import { identifySigner, type Signer } from '../../db/workspace'
import type { PickedFile } from '../../platform'

export type PlannedRestore =
  { fileName: string; backup: Backup; plan: MergePlan; signer: Signer } | { fileName: string; error: string }

export async function planRestoreOf(file: PickedFile): Promise<PlannedRestore> {
  const text = new TextDecoder('utf-8').decode(file.bytes)
  const parsed = parseBackup(text, file.fileName)
  if (!parsed.ok) return { fileName: file.fileName, error: parsed.error }
  return {
    fileName: file.fileName,
    backup: parsed.backup,
    plan: await planRestore(db, parsed.backup),
    signer: await identifySigner(db, parsed.backup, parsed.signature)
  }
}
