// Edits of a sentence's list of sources. The first is the primary source: its reliability is the
// rating's letter; the others stand beside it (and count for independence). A source is listed once.
import type { Attribution, AttributionRole, SourceId } from '../model'

/** Adds the source at the end (first when the list is empty); a source already listed stays where it is. */
export function withAttribution(
  list: readonly Attribution[],
  sourceId: SourceId,
  role: AttributionRole
): Attribution[] {
  if (list.some((a) => a.sourceId === sourceId)) return [...list]
  return [...list, { sourceId, role }]
}

/** Moves the source one place up (delta -1, towards primary) or down; unchanged at either end. */
export function movedAttribution(
  list: readonly Attribution[],
  sourceId: SourceId,
  delta: -1 | 1
): Attribution[] {
  const from = list.findIndex((a) => a.sourceId === sourceId)
  const to = from + delta
  if (from < 0 || to < 0 || to >= list.length) return [...list]
  const out = [...list]
  ;[out[from], out[to]] = [out[to], out[from]]
  return out
}

export function withoutAttribution(list: readonly Attribution[], sourceId: SourceId): Attribution[] {
  return list.filter((a) => a.sourceId !== sourceId)
}

export function withRole(
  list: readonly Attribution[],
  sourceId: SourceId,
  role: AttributionRole
): Attribution[] {
  return list.map((a) => (a.sourceId === sourceId ? { ...a, role } : a))
}

/**
 * `fromId` replaced by `intoId`, in its place and with its role; a sentence that already cites
 * `intoId` keeps that attribution (its role and place) and loses `fromId`, so no source is listed twice.
 */
export function reassigned(list: readonly Attribution[], fromId: SourceId, intoId: SourceId): Attribution[] {
  const hasTarget = list.some((a) => a.sourceId === intoId)
  return list.flatMap((a) => (a.sourceId !== fromId ? [a] : hasTarget ? [] : [{ ...a, sourceId: intoId }]))
}

/** The role labels the inspector and the registry show (the model's roles, in the analyst's words). */
export const ROLE_LABELS: Record<AttributionRole, string> = {
  'direct-quote': 'direct quote',
  paraphrase: 'paraphrase',
  reported: 'reported by',
  document: 'document',
  author: 'author'
}
