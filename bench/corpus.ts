// A news-like corpus of any size for throughput figures: the sample article and the news sets,
// reshuffled into articles (headline, byline, paragraphs, the odd list) with names and numbers varied,
// so that ICU and the rules see realistic line lengths and punctuation, not one paragraph repeated.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCases, newsSetFiles } from './cases'
import { seededRandom } from '../src/shared/seeded-random'

const NAMES = ['Kovalenko', 'Smith', 'Müller', 'Nakamura', 'Okafor', 'Haddad', 'Lindqvist', 'Petrenko']

function paragraphs(): string[] {
  const sample = readFileSync(join(import.meta.dirname, '../resources/samples/dprk-kursk.txt'), 'utf8')
  const texts = sample.split('\n')
  for (const file of newsSetFiles()) {
    for (const c of loadCases(file)) if (!c.language || c.language === 'en') texts.push(...c.text.split('\n'))
  }
  return texts.filter((t) => t.trim().length > 0)
}

/** Varies digits and a few names so repeated text is not byte-identical. */
function vary(text: string, next: () => number): string {
  return text
    .replace(/\d/g, (d) => (next() < 0.3 ? String(Math.floor(next() * 10)) : d))
    .replace(/\b(Smith|Kindratenko|Zelenskyy|Jones)\b/g, () => NAMES[Math.floor(next() * NAMES.length)])
}

/** About `bytes` characters of articles separated by blank lines, `\n` line ends. */
export function newsCorpus(chars: number, seed = 1): string {
  const next = seededRandom(seed)
  const pool = paragraphs()
  const pick = (): string => pool[Math.floor(next() * pool.length)]
  const parts: string[] = []
  let size = 0
  while (size < chars) {
    const article: string[] = [vary(pick().split(/[.?!]/)[0].slice(0, 70).trim(), next), 'By Staff Reporter']
    const paragraphCount = 6 + Math.floor(next() * 10)
    for (let p = 0; p < paragraphCount; p++) {
      const sentences = 1 + Math.floor(next() * 4)
      const paragraph: string[] = []
      for (let s = 0; s < sentences; s++) paragraph.push(vary(pick(), next))
      article.push(paragraph.join(' '))
      if (next() < 0.1) article.push('Key points:\n• One\n• Two items. More text.\n1. First step')
    }
    const text = article.join('\n\n')
    parts.push(text)
    size += text.length + 2
  }
  return parts.join('\n\n').slice(0, chars)
}
