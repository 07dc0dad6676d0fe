// How each corroboration status reads and looks, the same in reader and inspector.
import type { CorroborationStatus } from '@shared/model'

export const STATUS_LABELS: Record<CorroborationStatus, string> = {
  uncorroborated: 'Uncorroborated',
  corroborated: 'Corroborated',
  contested: 'Contested',
  circular: 'Circular reporting',
  'not-applicable': 'Not applicable'
}

export const STATUS_COLORS: Record<CorroborationStatus, string> = {
  uncorroborated: 'gray',
  corroborated: 'teal',
  contested: 'red',
  circular: 'orange',
  'not-applicable': 'gray'
}

/** A corroborated claim whose independent support is all weak reads and looks apart from it. */
export const WEAK_LABEL = 'Weakly corroborated'
export const WEAK_COLOR = 'yellow'

export function statusLabel(view: { status: CorroborationStatus; weak: boolean }): string {
  return view.weak ? WEAK_LABEL : STATUS_LABELS[view.status]
}

export function statusColor(view: { status: CorroborationStatus; weak: boolean }): string {
  return view.weak ? WEAK_COLOR : STATUS_COLORS[view.status]
}
