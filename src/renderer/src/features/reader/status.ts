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
