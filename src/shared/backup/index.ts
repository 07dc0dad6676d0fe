// Workspace backups (DESIGN.md §3, §5): write the library to one JSON file, read one back with
// every problem named before anything is written, and plan its merge into a library by stable ids.
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  type Backup,
  type BackupArticle,
  type SentenceColumns
} from './format'
export { columnsFromTable, tableFromColumns, type SentenceTableInput, type SentenceTableRow } from './columns'
export {
  backupFileName,
  backupFromLibrary,
  backupJson,
  type BackupOptions,
  type LibraryContents
} from './serialize'
export { parseBackup, type ParseBackupResult } from './parse'
export { backupChainId, type JoinedChain, type TrailPlan, type TrailSnapshot } from './merge-trail'
export { recordState, stateHash } from './record-state'
export { checkBinding, matchesEntry } from './binding'
export { Problems } from './integrity'
export {
  checkSignature,
  keyFingerprint,
  newWorkspaceKey,
  signBackup,
  type SignatureCheck,
  type WorkspaceKey
} from './signature'
export {
  planMerge,
  type ArticleConflict,
  type ArticleRecord,
  type DuplicateArticle,
  type LibrarySnapshot,
  type MergeOptions,
  type MergePlan,
  type MergePolicy,
  type RecordConflict,
  type RecordMerge,
  type SkippedRecords
} from './merge'
