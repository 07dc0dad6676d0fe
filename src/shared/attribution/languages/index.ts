// Picks the attribution table for a BCP 47 language tag. Only English has one so far; other
// languages fall back to it until they get their own, and then it mostly finds nothing: the safe answer.
import { english } from './en'
import type { AttributionLanguage } from './types'

export type { AttributionLanguage, Cue } from './types'

const TABLES: Readonly<Record<string, AttributionLanguage>> = { en: english }

export function attributionLanguage(language: string | undefined): AttributionLanguage {
  return TABLES[(language ?? 'en').split(/[-_]/)[0].toLowerCase()] ?? english
}
