// The brief carries every piece of evidence: every note, both sides of a contested claim, context
// links, external citations as footnotes, each pair once, and support weighed by its grades.
import { readFileSync } from 'node:fs'
import { Marked } from 'marked'
import markedFootnote from 'marked-footnote'
import { describe, expect, it } from 'vitest'
import type { Assessment, Link, LinkTarget } from '../model'
import { normaliseText } from '../text'
import { checkBrief } from './check'
import { kurskBrief } from './kursk.fixture'
import { renderBriefMarkdown } from './markdown'
import { buildBrief, type BriefInput } from './model'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)

function link(id: string, from: string, relation: Link['relation'], target: string | LinkTarget): Link {
  return {
    id,
    fromSentenceId: from,
    articleId: from.split(':')[0],
    relation,
    target: typeof target === 'string' ? { kind: 'sentence', sentenceId: target } : target,
    note: '',
    createdAt: '2026-11-26T10:00:00.000Z'
  }
}

/** The graded sample, with the evidence the first briefs dropped added to it. */
function withEvidence(): BriefInput {
  const base = kurskBrief(SAMPLE)
  const [article] = base.articles
  const assessments: Assessment[] = article.assessments.map((a) => {
    // A note on a sentence no judgment cites.
    if (a.sentenceId === 'dprk:3') return { ...a, note: 'Podolyak speaks for the President’s office.' }
    // Zelenskyy's claim has no source any more: support cannot make it corroborated.
    if (a.sentenceId === 'dprk:13') return { ...a, attributions: [] }
    return a
  })
  const links: Link[] = [
    ...article.links,
    // The reverse of l2 (3 → 1), stored before links were checked: one link, printed once.
    link('l2-reverse', 'dprk:1', 'supports', 'dprk:3'),
    // The contested Russian claim also has support from another article.
    { ...link('l6', 'tass:2', 'supports', 'dprk:9'), note: 'Same wording as the ministry’s briefing.' },
    // The ISW sentence is weakly corroborated: only a D5 item supports it.
    link('l7', 'dprk:7', 'supports', 'tass:3'),
    link('l8', 'dprk:13', 'supports', 'tass:4'),
    link('l9', 'dprk:5', 'context', {
      kind: 'external',
      citation: 'ISW Russian Offensive Campaign Assessment, 26 January 2025',
      url: 'https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025',
      sourceId: 'src-isw',
      accessedOn: '2025-02-02'
    })
  ]
  const ext = (index: number, text: string, sourceId: string, credibility: Assessment['credibility']) => ({
    sentence: {
      id: `tass:${index}`,
      articleId: 'tass',
      index,
      start: 0,
      end: text.length,
      kind: 'body' as const
    },
    articleTitle: 'Russian forces liberate Kursk settlements',
    text,
    assessment: {
      ...assessments[0],
      sentenceId: `tass:${index}`,
      articleId: 'tass',
      attributions: [{ sourceId, role: 'paraphrase' as const }],
      credibility,
      note: ''
    }
  })
  return {
    ...base,
    articles: [{ ...article, assessments, links }],
    externalSentences: [
      ...(base.externalSentences ?? []),
      ext(
        2,
        'Russian units cleared the last Ukrainian positions near Sudzha, the ministry said.',
        'src-russian-mod',
        3
      ),
      ext(3, 'Telegram channels claim Ukrainian advances near Sudzha.', 'src-russian-mod', 5),
      ext(4, 'The aid package was confirmed by Sweden’s defence ministry.', 'src-yonhap', 1)
    ]
  }
}

const input = withEvidence()
const md = renderBriefMarkdown(input)

function section(title: string): string {
  const start = md.indexOf(`\n## ${title}\n`)
  expect(start, `section ${title}`).toBeGreaterThan(-1)
  const next = md.indexOf('\n## ', start + 1)
  return md.slice(start, next === -1 ? undefined : next)
}

function subsection(title: string): string {
  const start = md.indexOf(`\n### ${title}`)
  expect(start, `subsection ${title}`).toBeGreaterThan(-1)
  return md.slice(start, md.indexOf('\n##', start + 1))
}

describe('the brief carries every piece of evidence', () => {
  it('prints the note of a sentence no judgment cites', () => {
    expect(section('Notes and context')).toContain('  - Note: Podolyak speaks for the President’s office.')
  })

  it('shows both sides of a contested claim, the cross-article support included, and counts its rows', () => {
    const contested = subsection('Contested')
    expect(contested).toMatch(/^\n### Contested \(1\)\n/)
    const rows = contested.split('\n').filter((l) => l.startsWith('| “'))
    expect(rows).toHaveLength(1)
    const [claim, support, against] = rows[0].split(/ \| /)
    expect(claim).toContain('the Russian military asserts that it has recaptured the region')
    expect(support).toContain(
      '• “Russian units cleared the last Ukrainian positions near Sudzha, the ministry said.” **[D3]** — _Russian forces liberate Kursk settlements_'
    )
    expect(support).toContain('note: Same wording as the ministry’s briefing.')
    expect(support).toContain('_(shares a source: not corroboration)_')
    expect(against).toContain('“Ukrainian forces continue to hold positions in the Kursk region')
  })

  it('lists context links and footnotes an external citation with its address, source and accessed date', () => {
    const notes = section('Notes and context')
    expect(notes).toContain('  - Context: ISW Russian Offensive Campaign Assessment, 26 January 2025[^c2]')
    expect(notes).toContain(
      '  - Gives context to: “However, Ukraine’s recent advances in Kursk, as reported by the Institute for the Study of War'
    )
    expect(md).toContain(
      '[^c2]: ISW Russian Offensive Campaign Assessment, 26 January 2025. [https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025](<https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025>). Source: Institute for the Study of War (B — Usually reliable). Accessed 2 February 2025.'
    )
    const html = new Marked({ gfm: true }).use(markedFootnote()).parse(md, { async: false }) as string
    const footnotes = html.slice(html.indexOf('class="footnotes"'))
    expect(footnotes).toContain('Accessed 2 February 2025.')
    expect(footnotes).toContain('href="https://www.understandingwar.org/backgrounder/')
    expect(html).not.toMatch(/\[\^c\d+\]/)
  })

  it('prints a pair linked from both ends once under each claim', () => {
    const corroborated = subsection('Corroborated')
    const podolyak = corroborated
      .split('\n- ')
      .find((item) => item.startsWith('“Colonel Oleksandr Kindratenko'))
    expect(podolyak?.match(/Supported by/g)).toHaveLength(1)
  })

  it('sets a claim supported only by weak items apart, says why, and the check warns', () => {
    const weak = subsection('Weakly corroborated')
    expect(weak).toMatch(/^\n### Weakly corroborated \(1\)\n/)
    expect(weak).toContain('as reported by the Institute for the Study of War')
    expect(weak).toContain(
      'Supported by (independent but weak: reliability D, credibility 5): “Telegram channels claim'
    )
    expect(subsection('Corroborated')).not.toContain('as reported by the Institute for the Study of War')
    const issues = checkBrief(buildBrief(input))
    expect(issues.find((i) => i.sentenceId === 'dprk:7')).toMatchObject({
      code: 'weak-corroboration',
      severity: 'warning'
    })
  })

  it('never lists an unsourced sentence as corroborated, even with A1 support, and the check says why', () => {
    const zelenskyy = 'Ukrainian President Volodymyr Zelenskyy expressed gratitude'
    expect(subsection('Corroborated')).not.toContain(zelenskyy)
    expect(subsection('Uncorroborated')).toContain(zelenskyy)
    expect(subsection('Uncorroborated')).toContain(
      '  - Supported by (this sentence has no source: cannot show independence): “The aid package was confirmed by Sweden’s defence ministry.” **[B1]**'
    )
    expect(checkBrief(buildBrief(input)).find((i) => i.sentenceId === 'dprk:13')?.code).toBe(
      'unsourced-claim'
    )
  })
})
