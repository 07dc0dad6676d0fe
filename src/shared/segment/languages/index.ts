// Picks the table for a BCP 47 language tag. Unknown languages get English: its rules are the most
// complete, and the language-independent ones (initials, numbers, ellipses) still apply.
import { german } from './de'
import { english } from './en'
import { russian } from './ru'
import type { LanguageRules } from './types'
import { ukrainian } from './uk'

export type { LanguageRules } from './types'

const TABLES: Readonly<Record<string, LanguageRules>> = {
  en: english,
  de: german,
  ru: russian,
  uk: ukrainian
}

/** The primary subtag of a language tag, lower case: `en-GB` → `en`. */
export function primaryLanguage(language: string | undefined): string {
  return (language ?? 'en').split(/[-_]/)[0].toLowerCase()
}

export function languageRules(language: string | undefined): LanguageRules {
  return TABLES[primaryLanguage(language)] ?? english
}
