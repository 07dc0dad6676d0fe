// Reading a picked backup file for a restore: decoded, validated and planned, nothing written.
import { parseBackup, type Backup, type MergePlan } from '@shared/backup'
import { db } from '../../db'
import { planRestore } from '../../db/backup'
import type { PickedFile } from '../../platform'

export type PlannedRestore =
  { fileName: string; backup: Backup; plan: MergePlan } | { fileName: string; error: string }

export async function planRestoreOf(file: PickedFile): Promise<PlannedRestore> {
  const text = new TextDecoder('utf-8').decode(file.bytes)
  const parsed = parseBackup(text, file.fileName)
  if (!parsed.ok) return { fileName: file.fileName, error: parsed.error }
  return { fileName: file.fileName, backup: parsed.backup, plan: await planRestore(db, parsed.backup) }
}
