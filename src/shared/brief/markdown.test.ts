import { readFileSync } from 'node:fs'
import { Marked, marked, type Tokens } from 'marked'
import markedFootnote from 'marked-footnote'
import { describe, expect, it } from 'vitest'
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../scales'
import { normaliseText } from '../text'
import { escapeMarkdown } from './escape'
import { kurskBrief } from './kursk.fixture'
import { briefFileName, renderBriefMarkdown } from './markdown'
import type { BriefInput } from './model'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)
const input = kurskBrief(SAMPLE)
const md = renderBriefMarkdown(input)

/** The text of one `## ` section, up to the next. */
function section(title: string): string {
  const start = md.indexOf(`\n## ${title}\n`)
  expect(start, `section ${title}`).toBeGreaterThan(-1)
  const next = md.indexOf('\n## ', start + 1)
  return md.slice(start, next === -1 ? undefined : next)
}

describe('renderBriefMarkdown', () => {
  it('opens with the handling line, title, date and analyst, and ends with the handling line', () => {
    expect(
      md.startsWith(
        '**UNCLASSIFIED // FOR TRAINING**\n\n# North Korean troops leave Kursk: what the sources support\n'
      )
    ).toBe(true)
    expect(md).toContain('Generated 26 November 2026, 15:30 UTC · Analyst: R. Okafor')
    expect(md.trimEnd().endsWith('**UNCLASSIFIED // FOR TRAINING**')).toBe(true)
    expect(section('Bottom line up front')).toContain('North Korean units have likely left the Kursk front')
  })

  it('quotes a sentence that is itself a quotation without doubling its quote marks', () => {
    expect(md).not.toMatch(/““|””/)
    expect(section('Claims by corroboration')).toContain(
      'Supported by (shares a source: not corroboration): “The presence of DPRK troops has not been observed'
    )
  })

  it('has the sections in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '))
    expect(headings).toEqual([
      '## Bottom line up front',
      '## Articles',
      '## Key judgments',
      '## Sources',
      '## Claims by corroboration',
      '## Notes and context',
      '## Annotated text',
      '## Gaps',
      '## Methodology'
    ])
  })

  it('says so when no key judgment is written, and reads no sentence as one', () => {
    expect(section('Key judgments')).toBe('\n## Key judgments\n\n_No key judgment is written yet._\n')
  })

  it('names each article with its outlet, publication date, address, accessed date and SHA-256', () => {
    expect(section('Articles')).toContain(
      '1. **North Korean troops withdraw from Kursk after heavy losses** — Kyiv Post, published 31 January 2025. [https://www.kyivpost.com/post/46121](<https://www.kyivpost.com/post/46121>). Accessed 26 November 2026. Text SHA-256 `3f1c0a9e7b2d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a`.'
    )
  })

  it('escapes analyst notes so they cannot become Markdown', () => {
    expect(section('Notes and context')).toContain(
      '  - Note: Compare \\*ISW\\* map \\[26 Jan\\] \\| \\<b\\>Sudzha\\</b\\> second line'
    )
  })

  it('tabulates sources with kind, exact reliability label and use, escaping a | in a name', () => {
    const table = section('Sources')
    expect(table).toContain(
      '| Col. Oleksandr Kindratenko[^s1] | military | B — Usually reliable | 3 sentences |'
    )
    expect(table).toContain(
      '| Yonhap News Agency \\| 연합뉴스[^s9] | media | B — Usually reliable | 1 evidence link |'
    )
    expect(table).toContain(
      '| General Staff of the Armed Forces of Ukraine[^s10] | military | C — Fairly reliable | 1 evidence link |'
    )
    expect(table).not.toContain('Kremlin press service')

    const token = marked.lexer(table).find((t): t is Tokens.Table => t.type === 'table')
    expect(token).toBeDefined()
    expect(token!.header.map((h) => h.text)).toEqual(['Source', 'Kind', 'Reliability', 'Used in'])
    for (const row of token!.rows) expect(row).toHaveLength(4)
    expect(token!.rows.map((r) => r[0].text)).toContainEqual(
      expect.stringContaining('Yonhap News Agency | 연합뉴스')
    )
  })

  it('sorts claims by corroboration, with both sides of a contradiction side by side', () => {
    const claims = section('Claims by corroboration')
    expect(claims).toContain('### Corroborated (3)')
    expect(claims).toContain('### Weakly corroborated (0)')
    expect(claims).toContain('### Contested (1)')
    expect(claims).toContain('### Circular reporting (2)')
    expect(claims).toContain('### Uncorroborated (3)')
    expect(claims).toContain(
      '| “While Ukraine claims it has made territorial gains in Kursk, the Russian military asserts that it has recaptured the region.” **[D4]** — Russian Ministry of Defence[^s7] (sentence 10) | _Nothing._ | • “Ukrainian forces continue to hold positions in the Kursk region, the General Staff said on Monday.” **[C3]** — _Ukraine still holds ground in Kursk, General Staff says_ — General Staff of the Armed Forces of Ukraine[^s10] |'
    )
    expect(claims).toContain(
      '  - Supported by (independent): Yonhap: NIS says 300 North Korean soldiers killed, 2,700 injured[^c1] — Yonhap News Agency \\| 연합뉴스[^s9]'
    )
    expect(claims).toContain(
      '  - Supported by (shares a source: not corroboration): “The presence of DPRK troops'
    )
    // Context is not a claim; headings are not claims.
    expect(claims).not.toContain('Peace through strength can be achieved')
    expect(claims).not.toContain('North Korea’s Military Losses in Russia')
  })

  it('prints the annotated text in paragraphs, headings as ###, each graded sentence with its marker', () => {
    const text = section('Annotated text')
    expect(text).toContain('\n### North Korea’s Military Losses in Russia\n')
    expect(text).toContain(
      'According to Ukrainian officials and Western intelligence reports, around 12,000 North Korean soldiers have been deployed to Russia, with an estimated 4,000 killed or injured in combat. **[F3]**\n'
    )
    // Two sentences of one line form one paragraph; the ungraded one stays plain.
    expect(text).toContain(
      '\nThe North Korean troops were reportedly stationed in the Kursk region, where they were aiding Russia’s military efforts against Ukraine. However, Ukraine’s recent advances in Kursk, as reported by the Institute for the Study of War (ISW) on January 26, may have contributed to their withdrawal. **[B2]**\n'
    )
    expect(text).toContain(
      '\n> “We deeply appreciate that this military aid meets the urgent needs of the Ukrainian army and significantly contributes to strengthening our defense capabilities. **[B6]** Peace through strength can be achieved.” **[B-]**\n'
    )
    expect(text).toContain('have been observed on the battlefield for the past three weeks. **[B2]**\n')
    expect(text).toContain('\nSharing details on X (formerly Twitter), Zelenskyy wrote:\n')
  })

  it('lists the gaps: unassessed sentences, not headings', () => {
    const gaps = section('Gaps')
    expect(gaps).toContain('5 of 15 sentences not yet assessed:')
    expect(gaps).toContain(
      '- sentence 7: “The North Korean troops were reportedly stationed in the Kursk region,'
    )
    expect(gaps).toContain('- sentence 15: “Sharing details on X (formerly Twitter), Zelenskyy wrote:”')
    expect(gaps.match(/^- /gm)).toHaveLength(5)
    expect(gaps).not.toContain('Conflicting Reports on Kursk Region')
  })

  it('prints both scales with their exact labels, and how corroboration is derived', () => {
    const method = section('Methodology')
    for (const [grade, label] of Object.entries(RELIABILITY_LABELS))
      expect(method).toContain(`| ${grade} | ${label} |`)
    for (const [grade, label] of Object.entries(CREDIBILITY_LABELS))
      expect(method).toContain(`| ${grade} | ${label} |`)
    expect(method).toContain('_corroborated_ when a supporting item comes from a source independent')
    expect(method).toContain('e.g. **[?2]**, means the source is not graded yet')
  })

  it('defines one footnote per cited source', () => {
    expect(md).toContain(
      '[^s1]: **Col. Oleksandr Kindratenko** — military, Special Operations Forces of Ukraine. Reliability B (Usually reliable). Also: Kindratenko. Spokesperson for Ukraine’s Special Operations Forces.'
    )
    expect(md).toContain(
      '[^s3]: **Mykhailo Podolyak** — government, Office of the President of Ukraine. Reliability C (Fairly reliable): Adviser; statements often advocate Ukraine’s position.'
    )
    const defined = md.match(/^\[\^s\d+\]:/gm) ?? []
    expect(defined).toHaveLength(10)
  })

  it('says “not graded” for a source the analyst has not graded, and rates its sentences ?', () => {
    const text = renderBriefMarkdown({
      ...input,
      sources: input.sources.map((s) => (s.id === 'src-podolyak' ? { ...s, reliability: null } : s))
    })
    expect(text).toContain('| Mykhailo Podolyak[^s3] | government | not graded | 1 sentence |')
    expect(text).toContain(
      '[^s3]: **Mykhailo Podolyak** — government, Office of the President of Ukraine. Reliability not graded: Adviser; statements often advocate Ukraine’s position.'
    )
    expect(text).toContain('**[?3]**')
    expect(text).not.toMatch(/Reliability null|undefined/)
  })

  it('renders as GFM with footnotes: every reference resolves and the handling line stays outside them', () => {
    const html = new Marked().use(markedFootnote()).parse(md, { async: false })
    const notes = html.slice(html.indexOf('<section class="footnotes"'))
    expect(notes.match(/<li id="footnote-s\d+">/g)).toHaveLength(10)
    expect(notes).not.toContain('UNCLASSIFIED')
    expect(html.match(/UNCLASSIFIED \/\/ FOR TRAINING/g)).toHaveLength(2)
    expect(html).toContain('<th>Source</th>')
    expect(html).not.toContain('<b>Sudzha</b>')
  })

  it('numbers footnotes in reading order: the source table runs 1, 2, 3… after the key judgments', () => {
    const html = new Marked().use(markedFootnote()).parse(md, { async: false })
    const numbers = (part: string): number[] =>
      [...part.matchAll(/data-footnote-ref[^>]*>(\d+)<\/a>/g)].map(([, n]) => Number(n))
    const all = numbers(html)
    const firstUses = all.filter((n, i) => all.indexOf(n) === i)
    expect(firstUses).toEqual(firstUses.map((_, i) => i + 1))
    const table = html.slice(
      html.indexOf('<h2>Sources</h2>'),
      html.indexOf('<h2>Claims by corroboration</h2>')
    )
    expect(numbers(table)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('is deterministic, whatever the order of its inputs', () => {
    expect(renderBriefMarkdown(input)).toBe(md)
    const [a] = input.articles
    const shuffled: BriefInput = {
      ...input,
      sources: [...input.sources].reverse(),
      articles: [
        {
          ...a,
          sentences: [...a.sentences].reverse(),
          assessments: [...a.assessments].reverse(),
          links: [...a.links].reverse()
        }
      ]
    }
    expect(renderBriefMarkdown(shuffled)).toBe(md)
  })

  it('keeps the structure when a sentence looks like Markdown', () => {
    const text = '# Breaking | news\n1. North Korea withdrew. - Not *confirmed* [yet](http://x).'
    const hostile = renderBriefMarkdown({
      title: 'Test | <script>alert(1)</script>',
      generatedAt: '2026-11-26T15:30:00.000Z',
      articles: [
        {
          article: { ...input.articles[0].article, text, title: '[^s1]: forged' },
          sentences: [
            { id: 'x:0', articleId: 'x', index: 0, start: 0, end: 17, kind: 'body' },
            { id: 'x:1', articleId: 'x', index: 1, start: 18, end: 44, kind: 'body' },
            { id: 'x:2', articleId: 'x', index: 2, start: 45, end: text.length, kind: 'body' }
          ],
          assessments: [],
          links: []
        }
      ],
      sources: []
    })
    const tokens = marked.lexer(hostile)
    expect(tokens.filter((t) => t.type === 'heading').map((t) => (t as Tokens.Heading).depth)).toEqual([
      1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 2, 2, 2, 2
    ])
    expect(hostile).toContain('# Test \\| \\<script\\>alert(1)\\</script\\>')
    expect(hostile).toContain('\n\\# Breaking \\| news\n')
    expect(hostile).toContain('\n1\\. North Korea withdrew. - Not \\*confirmed\\* \\[yet\\](`http://x`).\n')
    expect(hostile).not.toMatch(/^\[\^s1\]:/m)
  })
})

describe('escapeMarkdown', () => {
  const hostile = [
    '# Heading?',
    '- not a list',
    '+ nor this',
    '12. nor this',
    '3) nor this',
    '> not a quote',
    '| a | b |',
    '*emphasis* _and_ **strong** ~~strike~~',
    '[link](http://example.com) ![img](x.png) [^1]',
    '<img src=x onerror=alert(1)>',
    '`code` and \\backslash\\',
    'AT&amp;T &#169; &copy;',
    '===',
    'Kindratenko said: “They withdrew.”\n\n---\nnext'
  ]

  // marked's defaults here, bare-address links included: whatever the renderer, the text reads as written.
  it.each(hostile)('renders %j as its own plain text', (raw) => {
    const escaped = escapeMarkdown(raw)
    expect(marked.lexer(escaped).map((t) => t.type)).toEqual(['paragraph'])
    const html = marked.parse(escaped, { async: false }).trim()
    expect(html).toMatch(/^<p>.*<\/p>$/s)
    const visible = html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
    expect(visible).toBe(raw.replace(/\s+/g, ' ').trim())
  })
})

describe('escapeMarkdown and addresses', () => {
  it('writes an address as code, which no GFM renderer links, leaving the sentence around it text', () => {
    expect(escapeMarkdown('https://t.me/rybar')).toBe('`https://t.me/rybar`')
    expect(escapeMarkdown('See (https://x.example/a_b), then')).toBe('See (`https://x.example/a_b`), then')
    expect(escapeMarkdown('https://x.example/<img src=https://evil.example/b.png//>')).toBe(
      '`https://x.example/<img` src=`https://evil.example/b.png//>`'
    )
    expect(escapeMarkdown('Write to press@mod.gov.example.')).toBe('Write to `press@mod.gov.example`.')
    expect(escapeMarkdown('www.example.com/a|b`c')).toBe('`www.example.com/a`\\|`b`\\``c`')
    expect(escapeMarkdown('@rybar on t.me')).toBe('@rybar on t.me')
  })
})

describe('briefFileName', () => {
  it('makes a safe, dated slug', () => {
    expect(briefFileName('North Korean troops', '2026-11-26T15:30:00.000Z')).toBe(
      'brief-north-korean-troops-2026-11-26.md'
    )
    expect(briefFileName('Brief: Kursk / Sudzha — “status”?', '2026-11-26T15:30:00.000Z')).toBe(
      'brief-kursk-sudzha-status-2026-11-26.md'
    )
    expect(briefFileName('Réunion à Kyïv', '2026-11-26')).toBe('brief-reunion-a-kyiv-2026-11-26.md')
    expect(briefFileName('북한군 철수', '2026-11-26T00:00:00Z')).toBe('brief-북한군-철수-2026-11-26.md')
    expect(briefFileName('../../etc/passwd\u0000', 'not a date')).toBe('brief-etc-passwd.md')
    expect(briefFileName('  ', '2026-11-26T00:00:00Z')).toBe('brief-2026-11-26.md')
  })

  it('shortens long titles at a word boundary', () => {
    const name = briefFileName('North Korean troops '.repeat(10), '2026-11-26T00:00:00Z')
    expect(name.length).toBeLessThanOrEqual('brief--2026-11-26.md'.length + 80)
    expect(name).toMatch(/^brief-north-korean-troops(-north-korean-troops)*-2026-11-26\.md$/)
  })
})
