// The conformance check against the W3C's own schemas runs where a checkout of
// w3c/web-annotation-tests is named by WEB_ANNOTATION_TESTS_DIR; the check's own workings are
// tested everywhere, on a small test suite of the same layout written here.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MUSTS_NOT_RELIED_ON, WEB_ANNOTATION_MUSTS } from '../src/shared/exports/web-annotation-musts'
import { mustViolations } from '../src/shared/exports/web-annotation-musts.fixture'
import { kurskBrief } from '../src/shared/brief/kursk.fixture'
import { webAnnotations } from '../src/shared/exports/web-annotation'
import { normaliseText } from '../src/shared/text'
import {
  applyRefSiblings,
  checkMusts,
  loadMusts,
  realisticDocuments,
  realisticRuns,
  report,
  runCheck,
  testsRoot
} from './check-web-annotations'

const W3C_DIR = process.env.WEB_ANNOTATION_TESTS_DIR
const readSample = (): string =>
  normaliseText(readFileSync(resolve(import.meta.dirname, '..', 'resources/samples/dprk-kursk.txt'), 'utf8'))

describe.skipIf(!W3C_DIR)(
  W3C_DIR
    ? `the W3C MUST assertions of the checkout in WEB_ANNOTATION_TESTS_DIR (${W3C_DIR})`
    : 'the W3C MUST assertions: skipped, set WEB_ANNOTATION_TESTS_DIR to a checkout of w3c/web-annotation-tests to run them',
  () => {
    const root = testsRoot(W3C_DIR ?? '')
    const assertions = root ? loadMusts(root) : []
    const documents = realisticDocuments()
    const outcomes = checkMusts(assertions, documents)

    it('finds annotationMusts.test in the checkout', () => {
      expect(root).toBeDefined()
      expect(outcomes.length).toBeGreaterThan(40)
    })

    it('passes every assertion, for every annotation of the realistic export', () => {
      expect(outcomes.filter((o) => o.failures.length > 0)).toEqual([])
    })

    it('states each assertion as one of our rules, or says why the export does not rely on it', () => {
      const ours = new Set([...WEB_ANNOTATION_MUSTS.map((r) => r.id), ...Object.keys(MUSTS_NOT_RELIED_ON)])
      expect(outcomes.map((o) => o.id).filter((id) => !ours.has(id))).toEqual([])
      expect([...ours].filter((id) => !outcomes.some((o) => o.id === id))).toEqual([])
    })

    it('passes every assertion on collections and pages, for the export’s collection and its page', () => {
      const [, ...others] = realisticRuns()
      for (const run of others) {
        expect(run.documents).toHaveLength(1)
        const outcomes = checkMusts(loadMusts(root!, run.suite), run.documents)
        expect(outcomes.length).toBeGreaterThan(5)
        expect(outcomes.filter((o) => o.failures.length > 0)).toEqual([])
      }
    })

    it('rejects, by the W3C assertion of the same id, each case our own rules reject', () => {
      const violations = mustViolations(documents)
      const missed = violations.filter((v) => {
        const assertion = assertions.find((a) => a.id === v.rule)
        return !assertion || assertion.holds(v.annotation).holds
      })
      expect(missed.map((v) => `${v.rule}: ${v.breaks}`)).toEqual([])
    })
  }
)

/** A test suite laid out like w3c/web-annotation-tests, with schemas written for this test. */
function miniSuite(): string {
  const root = mkdtempSync(join(tmpdir(), 'wat-'))
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), JSON.stringify(value))
  }
  write('definitions/defs.json', {
    id: 'defs.json',
    definitions: {
      iri: { type: 'string', format: 'uri' },
      // A condition beside a $ref, which Ajv alone would drop when it follows a pointer here.
      urnDetected: { $ref: '#/definitions/iri', pattern: '^urn:' }
    }
  })
  write('annotations/a-targetKeyFound.json', { id: 'a.json', required: ['target'] })
  write('annotations/b-idIsUrn.json', {
    id: 'b.json',
    properties: { id: { $ref: 'defs.json#/definitions/urnDetected' } }
  })
  write('annotations/c-expectedInvalid.json', {
    id: 'c.json',
    expectedResult: 'invalid',
    required: ['bodyValue']
  })
  write('annotations/d-noRelation.json', { id: 'd.json', not: { required: ['sm:relation'] } })
  write('collections/pages/e-partOfObject.json', {
    id: 'e.json',
    required: ['partOf'],
    properties: { partOf: { type: 'object' } }
  })
  write('collections/pages/pageMusts.test', { assertions: ['collections/pages/e-partOfObject.json'] })
  write('annotations/annotationMusts.test', {
    assertions: [
      'annotations/a-targetKeyFound.json',
      'annotations/b-idIsUrn.json',
      'annotations/c-expectedInvalid.json',
      'annotations/d-noRelation.json'
    ]
  })
  return root
}

describe('the conformance check', () => {
  const suite = miniSuite()
  afterAll(() => rmSync(suite, { recursive: true, force: true }))

  it('finds the suite from its root or from its annotations folder', () => {
    expect(testsRoot(suite)).toBe(suite)
    expect(testsRoot(join(suite, 'annotations'))).toBe(suite)
    expect(testsRoot(join(suite, 'definitions', 'nowhere'))).toBeUndefined()
  })

  it('applies conditions written beside a $ref, as the schemas intend', () => {
    const outcomes = checkMusts(suite, [
      { id: 'urn:sourcemark:link:l1', target: 'urn:sourcemark:sentence:dprk:1' },
      { id: 'https://example.org/a1', target: 'urn:sourcemark:sentence:dprk:1' }
    ])
    expect(outcomes.map((o) => [o.id, o.failures.length])).toEqual([
      ['a-targetKeyFound', 0],
      ['b-idIsUrn', 1],
      ['c-expectedInvalid', 0],
      ['d-noRelation', 0]
    ])
    expect(outcomes[1].failures[0]).toMatch(/^https:\/\/example\.org\/a1: \.id should match pattern/)
  })

  it('moves a $ref with siblings into an allOf, and leaves a bare $ref alone', () => {
    expect(applyRefSiblings({ $ref: '#/a', title: 'x', required: ['b'] })).toEqual({
      title: 'x',
      required: ['b'],
      allOf: [{ $ref: '#/a' }]
    })
    expect(applyRefSiblings({ items: [{ $ref: '#/a', description: 'y' }] })).toEqual({
      items: [{ $ref: '#/a', description: 'y' }]
    })
  })

  it('prints one line per assertion and exits 1 when one fails', () => {
    const run = {
      suite: 'annotations/annotationMusts.test',
      noun: 'annotation',
      documents: [{ id: 'urn:a:1', bodyValue: 'x' }]
    }
    const text = report([
      { run, outcomes: checkMusts(suite, run.documents) },
      { run: { suite: 'collections/collectionMusts.test', noun: 'collection', documents: [] } }
    ])
    expect(text.split('\n')).toEqual([
      'annotations/annotationMusts.test: 1 annotation',
      "FAIL  a-targetKeyFound  (1 of 1 annotation)  urn:a:1: (annotation) should have required property 'target'",
      'pass  b-idIsUrn',
      'FAIL  c-expectedInvalid  (1 of 1 annotation)  urn:a:1: expected to be invalid',
      'pass  d-noRelation',
      'skip  collections/collectionMusts.test: not in this checkout',
      '2 of 4 MUST assertions fail.',
      ''
    ])
    // Against this suite the realistic export fails only d, since its links carry sm:relation;
    // its page passes e, and the suite has no collection tests.
    const result = runCheck([suite])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^annotations\/annotationMusts\.test: \d+ annotations$/m)
    expect(result.stdout).toMatch(/^pass {2}a-targetKeyFound$/m)
    expect(result.stdout).toMatch(/^pass {2}c-expectedInvalid$/m)
    expect(result.stdout).toMatch(/^FAIL {2}d-noRelation .*urn:sourcemark:link:l2: /m)
    expect(result.stdout).toMatch(/^skip {2}collections\/collectionMusts\.test: not in this checkout$/m)
    expect(result.stdout).toMatch(/^collections\/pages\/pageMusts\.test: 1 page\npass {2}e-partOfObject$/m)
    expect(result.stdout).toMatch(/^1 of 5 MUST assertions fail\.$/m)
  })

  it('says what it needs when the folder is not a checkout', () => {
    expect(runCheck([])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^usage: /) })
    const result = runCheck([join(suite, 'definitions', 'nowhere')])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('no annotations/annotationMusts.test in')
  })

  it('says which file it cannot read, and runs no assertion, when the checkout is incomplete', () => {
    const broken = mkdtempSync(join(tmpdir(), 'wat-'))
    try {
      mkdirSync(join(broken, 'annotations'))
      writeFileSync(
        join(broken, 'annotations', 'annotationMusts.test'),
        '{"assertions": ["annotations/x.json"]}'
      )
      const result = runCheck([broken])
      expect(result).toMatchObject({ code: 2, stdout: '' })
      expect(result.stderr).toMatch(/^check-web-annotations: cannot read the suite in .*: .*definitions/)
    } finally {
      rmSync(broken, { recursive: true, force: true })
    }
  })
})

describe('the README on the conformance check', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ')

  it('names the command, the variable this test reads, and the suite file the check loads', () => {
    const command = /`npx tsx (scripts\/check-web-annotations\.ts) <checkout>`/.exec(readme)
    expect(command).not.toBeNull()
    expect(existsSync(resolve(import.meta.dirname, '..', command![1]))).toBe(true)
    expect(readme).toContain('`WEB_ANNOTATION_TESTS_DIR=<checkout>` for `npm run test:unit`')
    expect(readme).toContain('`annotations/annotationMusts.test`')
    expect(realisticRuns().map((run) => run.suite.split(/[\\/]/).pop())).toEqual([
      'annotationMusts.test',
      'collectionMusts.test',
      'pageMusts.test'
    ])
    expect(readme).toContain('`collectionMusts.test` and `pageMusts.test`')
    expect(readme).toContain('`src/shared/exports/web-annotation-musts.ts`')
    expect(existsSync(resolve(import.meta.dirname, '..', 'src/shared/exports/web-annotation-musts.ts'))).toBe(
      true
    )
  })

  it('describes the sentence source and the article list the export writes', () => {
    const collection = webAnnotations(kurskBrief(readSample()), { generatedAt: '2026-11-27T11:00:00.000Z' })
    expect(readme).toContain("its `source` is always its article's `urn:sourcemark:article:…` IRI")
    const target = collection.first!.items[0].target as { source: string }
    expect(target.source.startsWith('urn:sourcemark:article:')).toBe(true)
    expect(readme).toContain("`sm:articles` gives each article's title and, as `via`, the address")
    expect(collection['sm:articles'][0]).toMatchObject({
      'sm:title': expect.any(String),
      via: expect.stringMatching(/^https:/)
    })
  })
})
