// Checks one IPC call's argument against its channel's schema and, when it fails, says which field
// is wrong and why, in one line the renderer can show or log.
import type { z } from 'zod'
import { ipcArgs, isIpcChannel, type IpcArgs, type IpcChannel, type IpcResult } from './contract'

export function validateIpcArgs<K extends IpcChannel>(channel: K, raw: unknown): IpcResult<IpcArgs<K>>
export function validateIpcArgs(channel: unknown, raw: unknown): IpcResult<unknown>
export function validateIpcArgs(channel: unknown, raw: unknown): IpcResult<unknown> {
  if (!isIpcChannel(channel)) return { ok: false, error: `Unknown IPC channel ${describeChannel(channel)}` }
  const parsed = ipcArgs[channel].safeParse(raw)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, error: `Invalid arguments for ${channel}: ${describeIssues(parsed.error.issues)}` }
}

function describeChannel(channel: unknown): string {
  if (typeof channel !== 'string') return `(${typeof channel})`
  return JSON.stringify(channel.length > 60 ? `${channel.slice(0, 60)}…` : channel)
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map(describeIssue).join('; ')
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys.map((key) => `${[where, key].filter(Boolean).join('.')}`)
    return `${fields.join(', ')}: not an accepted field`
  }
  if (where === '' && issue.code === 'invalid_type') return `arguments: expected an object`
  return where === '' ? issue.message : `${where}: ${issue.message}`
}
