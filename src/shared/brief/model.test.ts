// The brief's model describes each sentence by the corroboration rules, including the many a long
// article leaves ungraded and unlinked (worked out once per kind and shared), and a judgment's
// evidence still names the brief's own sentence it cites.
import { describe, expect, it } from 'vitest'
import { corroborationOf, linksBySentence, uniqueLinks } from '../corroboration'
import type { Judgment } from '../model'
import { longArticleBrief } from './long-article.fixture'
import { buildBrief } from './model'

const POOL = [
  'Officials in Kyiv welcomed the package.',
  'The aid includes long-range weapons, the ministry said.',
  'North Korean troops were seen near Kursk.'
]

describe('the brief model', () => {
  it('shows every sentence, graded or not, linked or not, as the corroboration rules do', () => {
    const input = longArticleBrief(POOL, { sentences: 1_200, graded: 60, links: 30 })
    const [article] = input.articles
    const touching = linksBySentence(uniqueLinks(article!.links))
    const assessmentsBySentenceId = new Map(article!.assessments.map((a) => [a.sentenceId, a]))
    const sourcesById = new Map(input.sources.map((s) => [s.id, s]))
    const model = buildBrief(input)
    const shown = model.articles[0]!.sentences
    expect(shown).toHaveLength(1_200)
    const kinds = new Set<string>()
    for (const s of shown) {
      const { effective, warnings } = corroborationOf({
        sentence: s.sentence,
        assessment: s.assessment,
        links: touching.get(s.sentence.id) ?? [],
        assessmentsBySentenceId,
        sourcesById
      })
      expect(s.corroboration, `sentence ${s.sentence.index + 1}`).toEqual(effective)
      expect(s.warnings, `sentence ${s.sentence.index + 1}`).toEqual(warnings)
      if (!s.assessment && !touching.has(s.sentence.id)) {
        kinds.add(s.sentence.kind)
        expect(s.supports).toEqual([])
        expect(s.contradicts).toEqual([])
        expect(s.context).toEqual([])
        expect(s.rating).toBe('')
      }
    }
    // Both kinds of unjudged sentence were compared: headings and the sentences between them.
    expect(kinds).toEqual(new Set(['heading', 'body']))
    // Shared by the unjudged sentences, so no output may write to them.
    const unjudged = shown.find((s) => !s.assessment && !touching.has(s.sentence.id))!
    expect(() => unjudged.supports.push(unjudged.supports[0]!)).toThrow(TypeError)
    expect(() => unjudged.warnings.push(unjudged.warnings[0]!)).toThrow(TypeError)
  })

  it('gives a judgment’s evidence the brief’s own sentence it cites', () => {
    const input = longArticleBrief(POOL, { sentences: 600, graded: 20, links: 10 })
    const [article] = input.articles
    const cited = article!.assessments[3]!.sentenceId
    const judgment: Judgment = {
      id: 'j1',
      caseId: 'case-1',
      position: 0,
      text: 'Troops were deployed.',
      likelihood: null,
      confidence: null,
      confidenceReason: '',
      evidence: [{ relation: 'supports', target: { kind: 'sentence', sentenceId: cited }, note: '' }],
      assumptions: '',
      alternatives: '',
      needsRewording: false,
      createdAt: '2026-11-27T08:00:00.000Z',
      updatedAt: '2026-11-27T08:00:00.000Z'
    }
    const model = buildBrief({ ...input, judgments: [judgment] })
    const [evidence] = model.judgments[0]!.supports
    expect(evidence!.sentence?.sentence.id).toBe(cited)
    expect(evidence!.sentence).toBe(model.articles[0]!.sentences.find((s) => s.sentence.id === cited))
    expect(evidence!.missing).toBe(false)
  })
})
