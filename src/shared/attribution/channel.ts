// Finds where a source's words were published when the sentence says so apart from the cue:
// "wrote on X (formerly Twitter)", "in a Telegram post", "said in a statement", "in an interview with
// the BBC". The channel is never the source: "told CNN" is Kindratenko's account, carried by CNN.
import type { SourceKind } from '../model'
import type { AttributionLanguage } from './languages'
import type { Phrase } from './phrase'
import { PhraseFinder, stem } from './phrase'
import type { Token } from './tokens'

export interface FoundChannel {
  phrase: Phrase
  kind?: SourceKind
}

/** A social network named by a token: "X" only as the capital letter, never the variable x. */
function isPlatform(token: Token | undefined, lang: AttributionLanguage): boolean {
  if (token === undefined || token.type !== 'word' || token.quoted) return false
  return lang.platforms.has(token.lower) && (token.lower !== 'x' || token.text === 'X')
}

/** "a statement", "a news conference", "a Telegram post" from `at` (a determiner): up to its channel word. */
export function channelPhraseAt(
  tokens: readonly Token[],
  at: number,
  lang: AttributionLanguage
): FoundChannel | null {
  const finder = new PhraseFinder(tokens, lang)
  if (!finder.isDeterminer(at)) return null
  let end = at + 1
  while (end < at + 4 && tokens[end]?.type === 'word' && !lang.channels.has(stem(tokens[end]))) end++
  if (tokens[end] === undefined || tokens[end].type !== 'word' || !lang.channels.has(stem(tokens[end])))
    return null
  for (let k = at + 1; k < end; k++) {
    if (isPlatform(tokens[k], lang)) return { phrase: { from: k, to: k + 1 }, kind: 'social-media' }
  }
  if (tokens[end + 1]?.lower === 'with') {
    const partner = finder.after(end + 2)
    if (partner !== null) return { phrase: partner }
  }
  const kind: SourceKind | undefined = tokens[end].lower.startsWith('statement') ? 'document' : undefined
  return { phrase: { from: at, to: end + 1 }, kind }
}

/** The first channel the sentence names outside quotations, if any. */
export function findChannel(tokens: readonly Token[], lang: AttributionLanguage): FoundChannel | null {
  const finder = new PhraseFinder(tokens, lang)
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]
    if (t.type !== 'word' || t.quoted) continue
    // "on X", "on Telegram", "on his Telegram channel"
    if (t.lower === 'on') {
      const at = finder.isDeterminer(i + 1) ? i + 2 : i + 1
      if (isPlatform(tokens[at], lang)) return { phrase: { from: at, to: at + 1 }, kind: 'social-media' }
    }
    // "in a statement", "in a Telegram post", "in an interview with the BBC", "at a news conference"
    if (t.lower === 'in' || t.lower === 'at') {
      const channel = channelPhraseAt(tokens, i + 1, lang)
      if (channel !== null) return channel
    }
  }
  return null
}
