// New source names as a registry keeps them: without the article the sentence wrapped them in
// ("a Ukrainian military official", "the Russian military"), and with a guess at their kind.
import type { SourceKind } from '../model'

/**
 * Names whose leading "The" is part of the name itself: titles of outlets and places. A registry
 * entry without it ("Hague", "Economist") would read wrong and miss the analyst's own spelling.
 */
const KEEPS_ARTICLE = new Set(
  [
    'Hague',
    'New York Times',
    'Times',
    'Sunday Times',
    'Financial Times',
    'Moscow Times',
    'Washington Post',
    'Wall Street Journal',
    'Guardian',
    'Observer',
    'Economist',
    'Telegraph',
    'Daily Telegraph',
    'Independent',
    'Kyiv Independent',
    'Atlantic',
    'New Yorker',
    'Insider',
    'Hill',
    'Bahamas',
    'Gambia',
    'Netherlands'
  ].map((n) => n.toLocaleLowerCase('en'))
)

const ARTICLE = /^(?:a|an|the)\s+(?=\S)/i

/**
 * The name without a leading article ("a", "an", "the"), unless the article belongs to the name:
 * "The Hague", "The New York Times". Spaces are collapsed; nothing else changes.
 */
export function cleanSourceName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  const match = ARTICLE.exec(trimmed)
  if (!match) return trimmed
  const rest = trimmed.slice(match[0].length)
  if (/^the$/i.test(match[0].trim()) && KEEPS_ARTICLE.has(rest.toLocaleLowerCase('en'))) {
    return `The ${rest}`
  }
  return rest
}

/** Outlets and news agencies known by name alone: a name with none of the words below. */
const OUTLETS = new Set([
  'ap',
  'afp',
  'ap news',
  'bbc',
  'cnn',
  'cbs',
  'nbc',
  'abc news',
  'fox news',
  'reuters',
  'bloomberg',
  'al jazeera',
  'dpa',
  'efe',
  'ansa',
  'tass',
  'ria novosti',
  'interfax',
  'ukrinform',
  'unian',
  'meduza',
  'politico',
  'axios',
  'yonhap',
  'kyodo',
  'xinhua',
  'npr',
  'deutsche welle',
  'dw',
  'euronews',
  'the guardian',
  'the economist',
  'the new york times',
  'the washington post',
  'the wall street journal',
  'the kyiv independent',
  'the moscow times',
  'the times',
  'the telegraph',
  'financial times',
  'new york times',
  'washington post',
  'wall street journal',
  'kyiv independent',
  'moscow times'
])

/** Words that make a name an outlet, a news agency or a broadcaster. */
const MEDIA_WORDS =
  /\b(?:news|newspaper|agency|agencies|outlet|outlets|broadcaster|television|tv|radio|magazine|daily|gazette|journal|press|times|post|tribune|herald|media|channel)\b/
/** Armed forces: checked before government, so "military official" and "defence forces" are military. */
const MILITARY_WORDS =
  /\b(?:military|army|armed forces|forces|navy|air force|marines|troops|brigade|battalion|regiment|command|general staff|militia|soldiers?|commanders?)\b/
/** Ministries, governments and their officials. */
const GOVERNMENT_WORDS =
  /\b(?:ministry|ministries|minister|ministers|government|governments|officials?|administration|president|presidential|prime minister|kremlin|white house|foreign office|state department|department|embassy|parliament|cabinet|mayor|governor|spokes(?:man|woman|person)|authorities|council)\b/

/**
 * A guess at the kind of source a name stands for, or undefined when the name says nothing of it:
 * outlets and news agencies are media, armed forces military, ministries, governments and officials
 * government. Only a guess: the analyst's registry has the last word.
 */
export function guessSourceKind(name: string): SourceKind | undefined {
  const lower = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .trim()
    .replace(/\s+/g, ' ')
  if (!lower) return undefined
  if (OUTLETS.has(lower) || OUTLETS.has(lower.replace(/^the /, ''))) return 'media'
  if (MILITARY_WORDS.test(lower)) return 'military'
  if (GOVERNMENT_WORDS.test(lower)) return 'government'
  if (MEDIA_WORDS.test(lower)) return 'media'
  return undefined
}
