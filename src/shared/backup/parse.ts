// Reading a backup file: JSON, then the schema, then integrity, the records against the audit
// trail, and the signature. Everything is checked before anything is returned, so a restore can
// refuse a file without having written a row. Every refusal names the file, the field
// (`articles[2].sentences.starts[5]`) and the reason.
import type { z } from 'zod'
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup } from './format'
import { checkBinding } from './binding'
import { checkIntegrity, Problems } from './integrity'
import { checkSignature, type SignatureCheck } from './signature'
import { jsonSyntaxError } from './json-error'

export type ParseBackupResult =
  | {
      ok: true
      backup: Backup
      /** `valid`: signed by the key the file names (whose key that is, the library decides). */
      signature: Exclude<SignatureCheck, 'invalid'>
    }
  | { ok: false; error: string }

/** The backup in `text`, or why it cannot be restored. Never throws. */
export function parseBackup(text: string, fileName: string): ParseBackupResult {
  const file = `“${fileName}”`
  try {
    return parse(text, file)
  } catch (error) {
    return {
      ok: false,
      error: `${file} could not be read: ${error instanceof Error ? error.message : error}`
    }
  }
}

function parse(text: string, file: string): ParseBackupResult {
  const fail = (error: string): ParseBackupResult => ({ ok: false, error })
  const json = text.replace(/^\uFEFF/, '')
  if (json.trim() === '') return fail(`${file} is empty`)

  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (error) {
    const reason = jsonSyntaxError(json) ?? (error instanceof Error ? error.message : String(error))
    return fail(`${file} is not valid JSON: ${reason}`)
  }

  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    return fail(`${file}: not a Sourcemark backup (no "format": "${BACKUP_FORMAT}")`)
  }
  const { version } = data
  if (version === undefined) return fail(`${file}: version: is required`)
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`${file}: version: ${JSON.stringify(version)} is not a backup version`)
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `${file}: backup version ${version} is newer than this Sourcemark understands (${BACKUP_VERSION})`
    )
  }

  const parsed = backupSchema.safeParse(data, { error: plainWords })
  if (!parsed.success) {
    const problems = new Problems()
    for (const issue of parsed.error.issues) describeIssue(issue).forEach((p) => problems.add(p))
    return fail(`${file}: ${problems}`)
  }

  const backup = parsed.data
  const problems = new Problems()
  checkVersionFields(backup, problems)
  if (problems.any) return fail(`${file}: ${problems}`)

  checkIntegrity(backup, problems)
  if (problems.any) return fail(`${file}: ${problems}`)

  // Records with no trail to check them against are not restored on trust.
  const records =
    backup.articles.length +
    backup.sources.length +
    backup.assessments.length +
    backup.links.length +
    (backup.cases?.length ?? 0) +
    (backup.judgments?.length ?? 0)
  if (records > 0 && !backup.history?.length) {
    return fail(
      `${file}: history: there is no audit trail, so its records cannot be checked — a Sourcemark backup always has one`
    )
  }
  checkBinding(backup, problems)
  if (problems.any) return fail(`${file}: ${problems}`)

  const signature = checkSignature(backup)
  if (signature === 'invalid') {
    return fail(`${file}: signature: does not match the content — the file was altered after it was signed`)
  }
  return { ok: true, backup, signature }
}

/** The fields each version has: signed from version 2, cases and judgments from version 3. */
const VERSION_FIELDS = {
  workspace: 2,
  signature: 2,
  cases: 3,
  judgments: 3
} as const

function checkVersionFields(backup: Backup, problems: Problems): void {
  for (const [field, since] of Object.entries(VERSION_FIELDS) as [keyof typeof VERSION_FIELDS, number][]) {
    if (backup.version < since && backup[field] !== undefined)
      problems.add(`${field}: not a field of a version-${backup.version} backup`)
    if (backup.version >= since && backup[field] === undefined)
      problems.add(`${field}: is required in a version-${backup.version} backup`)
  }
  // From version 3 on a key judgment is a record of its case, never a mark on a sentence.
  if (backup.version >= 3) {
    backup.assessments.forEach((a, i) => {
      if (a.keyJudgment !== undefined)
        problems.add(
          `assessments[${i}].keyJudgment: not a field of a version-${backup.version} backup (key judgments are in "judgments")`
        )
    })
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `articles[2].sentences.starts[5]` */
export function pathText(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const where = pathText(issue.path)
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${pathText([...issue.path, key])}: not a field of a Sourcemark backup`)
  }
  return [where === '' ? issue.message : `${where}: ${issue.message}`]
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null'
}

/** Messages for the issues whose schema gives none, in the words of the rest of the app. */
const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}`
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    default:
      return undefined
  }
}
