import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { kurskBrief } from '../brief/kursk.fixture'
import { normaliseText } from '../text'
import { webAnnotations } from './web-annotation'
import { realisticBrief, realisticOptions } from './web-annotation.fixture'
import {
  annotationDocuments,
  checkAnnotationMusts,
  MUSTS_NOT_RELIED_ON,
  WEB_ANNOTATION_MUSTS
} from './web-annotation-musts'
import { isDateTime, isIri } from './web-annotation-kinds'
import { mustViolations } from './web-annotation-musts.fixture'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)
const documents = annotationDocuments(webAnnotations(realisticBrief(SAMPLE), realisticOptions))
const byId = (id: string) => documents.find((d) => d.id === id)!

describe('the realistic export', () => {
  it('holds every kind of annotation Sourcemark writes', () => {
    const bodies = documents.flatMap((d) => d.body as Record<string, unknown>[])
    // Assessing annotations in both articles of the brief, with rating, comment and tag bodies.
    expect(byId('urn:sourcemark:assessment:dprk:1')).toBeDefined()
    expect(byId('urn:sourcemark:assessment:nis:1')).toBeDefined()
    const purposes = new Set(bodies.map((b) => b.purpose))
    for (const purpose of ['assessing', 'commenting', 'tagging', 'describing', 'linking'])
      expect(purposes).toContain(purpose)
    // Links within an article, across the brief's two articles, to and from an article outside it,
    // context links, citations with and without address, source and date, and a sentence gone.
    const relations = documents.map((d) => d['sm:relation'])
    expect(relations).toEqual(expect.arrayContaining(['supports', 'contradicts', 'context']))
    for (const id of ['l2', 'x1', 'x2', 'l3', 'l4', 'c1', 'c2', 'c3', 'c4', 'g1', 'n1', 'n2'])
      expect(byId(`urn:sourcemark:link:${id}`)).toBeDefined()
    const citations = bodies.filter((b) => 'sm:citation' in b || b.purpose === 'describing')
    expect(citations.some((b) => 'source' in b && !('sm:source' in b) && !('sm:accessedOn' in b))).toBe(true)
    expect(citations.some((b) => 'source' in b && 'sm:source' in b && 'sm:accessedOn' in b)).toBe(true)
    expect(citations.some((b) => !('source' in b) && 'sm:source' in b && 'sm:accessedOn' in b)).toBe(true)
    expect(citations.some((b) => !('source' in b) && !('sm:source' in b))).toBe(true)
  })

  it('meets every MUST rule, annotation by annotation', () => {
    expect(documents.length).toBeGreaterThan(20)
    expect(documents.flatMap(checkAnnotationMusts)).toEqual([])
  })

  it('meets them for the graded sample alone, too', () => {
    const sample = annotationDocuments(
      webAnnotations(kurskBrief(SAMPLE), { generatedAt: realisticOptions.generatedAt })
    )
    expect(sample.length).toBeGreaterThan(10)
    expect(sample.flatMap(checkAnnotationMusts)).toEqual([])
  })

  it('writes nothing the rules it does not rely on constrain', () => {
    const annotationKeys = new Set(documents.flatMap((d) => Object.keys(d)))
    for (const key of ['bodyValue', 'rights', 'canonical', 'via']) expect(annotationKeys).not.toContain(key)
    const resources = documents.flatMap((d) => [d.target, ...(d.body as unknown[])]) as Record<
      string,
      unknown
    >[]
    const resourceKeys = new Set(resources.flatMap((r) => Object.keys(r)))
    for (const key of [
      'textDirection',
      'created',
      'modified',
      'rights',
      'canonical',
      'via',
      'items',
      'state',
      'styleClass',
      'renderedVia',
      'scope',
      'refinedBy'
    ])
      expect(resourceKeys).not.toContain(key)
    expect(resources.map((r) => r.type)).not.toContain('Choice')
    const selectorTypes = new Set(
      resources.flatMap((r) => ((r.selector as { type: string }[] | undefined) ?? []).map((s) => s.type))
    )
    expect([...selectorTypes].sort()).toEqual(['TextPositionSelector', 'TextQuoteSelector'])
  })
})

describe('each MUST rule', () => {
  const violations = mustViolations(documents)

  it('has a case that breaks it, and every case names a rule that exists', () => {
    const ruleIds = WEB_ANNOTATION_MUSTS.map((r) => r.id)
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
    expect([...new Set(violations.map((v) => v.rule))].sort()).toEqual([...ruleIds].sort())
  })

  it('is not also listed as one the export does not rely on', () => {
    expect(WEB_ANNOTATION_MUSTS.map((r) => r.id).filter((id) => id in MUSTS_NOT_RELIED_ON)).toEqual([])
  })

  it.each(violations.map((v) => [v.rule, v.breaks, v] as const))('%s rejects %s', (rule, _breaks, v) => {
    const failures = checkAnnotationMusts(v.annotation)
    expect(failures.map((f) => f.rule)).toContain(rule)
    expect(failures.find((f) => f.rule === rule)!.annotation).toBe(
      typeof v.annotation.id === 'string' ? v.annotation.id : '(no id)'
    )
  })

  it('rejects what is not an object at all, under every rule', () => {
    expect(checkAnnotationMusts('urn:sourcemark:assessment:dprk:1').map((f) => f.rule)).toEqual(
      WEB_ANNOTATION_MUSTS.map((r) => r.id)
    )
  })
})

describe('isIri and isDateTime', () => {
  it('take absolute IRIs, urn: ones included, and nothing with spaces or without a scheme', () => {
    for (const ok of [
      'urn:sourcemark:sentence:dprk:1',
      'https://www.kyivpost.com/post/46121',
      'urn:x:%C3%A9'
    ])
      expect(isIri(ok)).toBe(true)
    for (const bad of [
      'dprk:1 x',
      '/post/46121',
      'www.kyivpost.com',
      '',
      'https://a.b/<x>',
      'urn:a\u0001b',
      42
    ])
      expect(isIri(bad)).toBe(false)
  })

  it('take date-times with a timezone, and no date alone, no local time, no impossible day', () => {
    for (const ok of ['2026-11-27T10:15:00Z', '2026-11-27T10:15:00.000Z', '2026-11-27T12:15:00+02:00'])
      expect(isDateTime(ok)).toBe(true)
    for (const bad of [
      '2026-11-27',
      '2026-11-27T10:15:00',
      '2026-02-30T10:15:00Z',
      '2026-11-27T25:00:00Z',
      7
    ])
      expect(isDateTime(bad)).toBe(false)
  })
})
