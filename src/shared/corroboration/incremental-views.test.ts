// The incremental views against a full derivation, over random sequences of the changes an
// analyst makes: grading and ungrading sentences (here and in another article), linking and
// unlinking, regrading and renaming sources, and splitting the article.
import { describe, expect, it } from 'vitest'
import {
  CORROBORATION_STATUSES,
  type Assessment,
  type Link,
  type Reliability,
  type Sentence,
  type Source
} from '../model'
import { updateViews, type SentenceViews, type ViewInputs } from './incremental-views'
import { withChanges } from './layered-map'
import { seededRandom } from '../seeded-random'

/** Draws from a seeded generator, so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  const next = seededRandom(seed)
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]
  return { next, int, pick, chance: (p: number) => next() < p }
}
type Random = ReturnType<typeof random>

const RELIABILITIES: (Reliability | null)[] = ['A', 'B', 'C', 'D', 'E', 'F', null]
const AFFILIATIONS = [undefined, 'Ministry of Defence', 'Reuters', 'ministry of defence']
const NAMES = ['Reuters', 'Ministry of Defence', 'A spokesperson', 'Kyiv Independent', 'Reuters']

function sentencesOf(count: number, headingEvery: number): Sentence[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `a:${index}`,
    articleId: 'a',
    index,
    start: index * 10,
    end: index * 10 + 9,
    kind: index % headingEvery === 0 ? 'heading' : 'body'
  }))
}

const FOREIGN = ['b:0', 'b:1', 'b:2', 'b:3']

function randomAssessment(r: Random, sentenceId: string, sourceIds: string[], at: number): Assessment {
  const attributions = Array.from({ length: r.int(3) }, () => ({
    sourceId: r.pick(sourceIds),
    role: 'reported' as const
  }))
  return {
    sentenceId,
    articleId: sentenceId.slice(0, sentenceId.indexOf(':')),
    attributions,
    credibility: r.chance(0.2) ? null : ((1 + r.int(6)) as Assessment['credibility']),
    claimType: r.chance(0.15) ? 'context' : 'claim',
    corroborationOverride: r.chance(0.1)
      ? { status: r.pick(CORROBORATION_STATUSES), reason: r.chance(0.5) ? 'A call' : '' }
      : undefined,
    note: '',
    tags: [],
    target: { exact: sentenceId },
    updatedAt: new Date(at).toISOString()
  }
}

function randomSource(r: Random, id: string): Source {
  return {
    id,
    name: r.pick(NAMES),
    aliases: r.chance(0.3) ? [r.pick(NAMES)] : [],
    kind: 'organisation',
    affiliation: r.pick(AFFILIATIONS),
    reliability: r.pick(RELIABILITIES)
  }
}

/** What the live queries hand the views: fresh rows for what was read again. */
interface World {
  sentences: Sentence[]
  graded: Map<string, Assessment>
  sources: Map<string, Source>
  links: Link[]
}

function step(r: Random, world: World, at: number): { world: World; what: string } {
  const own = world.sentences.map((s) => s.id)
  const sourceIds = [...world.sources.keys()]
  const op = r.int(100)
  if (op < 35) {
    const id = r.chance(0.8) ? r.pick(own) : r.pick(FOREIGN)
    const graded = new Map(world.graded).set(id, randomAssessment(r, id, sourceIds, at))
    return { world: { ...world, graded }, what: `grade ${id}` }
  }
  if (op < 45) {
    const id = r.pick([...world.graded.keys(), own[0]])
    const graded = new Map(world.graded)
    graded.delete(id)
    return { world: { ...world, graded }, what: `ungrade ${id}` }
  }
  if (op < 65) {
    const from = r.pick(own)
    const target: Link['target'] = r.chance(0.2)
      ? { kind: 'external', citation: 'A report', sourceId: r.chance(0.7) ? r.pick(sourceIds) : undefined }
      : { kind: 'sentence', sentenceId: r.chance(0.7) ? r.pick(own) : r.pick(FOREIGN) }
    const link: Link = {
      id: `l${at}`,
      fromSentenceId: from,
      articleId: 'a',
      relation: r.pick(['supports', 'supports', 'contradicts', 'context'] as const),
      target,
      note: '',
      createdAt: new Date(at).toISOString()
    }
    // A live query reads every link again: each one a new object.
    const links = [...world.links, link].map((l) => structuredClone(l))
    return { world: { ...world, links }, what: `link ${link.id}` }
  }
  if (op < 75 && world.links.length > 0) {
    const gone = r.pick(world.links)
    const links = world.links.filter((l) => l !== gone).map((l) => structuredClone(l))
    return { world: { ...world, links }, what: `unlink ${gone.id}` }
  }
  if (op < 80 && world.links.length > 0) {
    const changed = r.pick(world.links)
    const links = world.links.map((l) =>
      l === changed ? { ...structuredClone(l), relation: r.pick(['supports', 'contradicts'] as const) } : l
    )
    return { world: { ...world, links }, what: `relink ${changed.id}` }
  }
  if (op < 95) {
    const id = r.pick(sourceIds)
    // The registry is read again whole: every source a new object, one of them changed.
    const sources = new Map([...world.sources].map(([k, s]) => [k, structuredClone(s)]))
    sources.set(
      id,
      r.chance(0.6) ? { ...sources.get(id)!, reliability: r.pick(RELIABILITIES) } : randomSource(r, id)
    )
    return { world: { ...world, sources }, what: `source ${id}` }
  }
  if (op < 97) {
    // The foreign sentences are read again: same grades, new objects.
    const graded = new Map(
      [...world.graded].map(([k, a]) => [k, k.startsWith('b:') ? structuredClone(a) : a])
    )
    return { world: { ...world, graded }, what: 'reread' }
  }
  // A split: the sentences change; the views are derived again whole.
  const at_ = r.int(world.sentences.length)
  const sentences = world.sentences.map((s) =>
    s.index === at_ ? { ...s, kind: s.kind === 'heading' ? ('body' as const) : ('heading' as const) } : s
  )
  return { world: { ...world, sentences }, what: `split ${at_}` }
}

const inputsOf = (world: World): ViewInputs => world

describe('incremental sentence views', () => {
  it('equal a full derivation after every change, and keep the objects of views that did not change', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = random(seed)
      const sources = new Map(Array.from({ length: 5 }, (_, i) => [`s${i}`, randomSource(r, `s${i}`)]))
      let world: World = { sentences: sentencesOf(14, 5), graded: new Map(), sources, links: [] }
      let views: SentenceViews = updateViews(undefined, inputsOf(world))
      // Every view read, as a reader showing the whole article reads them.
      void new Map(views.views)
      for (let i = 0; i < 120; i++) {
        const { world: next, what } = step(r, world, i + 1)
        const incremental = updateViews(views, inputsOf(next))
        const full = updateViews(undefined, inputsOf(next))
        const context = `seed ${seed}, step ${i}: ${what}`
        expect(new Map(incremental.views), context).toEqual(new Map(full.views))
        for (const [id, view] of incremental.views) {
          const before = views.views.get(id)
          // A view that says the same as before is the same object, so memo holds.
          if (JSON.stringify(before) === JSON.stringify(full.views.get(id)))
            expect(view === before, `${context}: ${id} kept its object`).toBe(true)
        }
        world = next
        views = incremental
      }
    }
  })

  it('equal a full derivation when only some views are read between changes, as a window shows them', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = random(1000 + seed)
      const sources = new Map(Array.from({ length: 5 }, (_, i) => [`s${i}`, randomSource(r, `s${i}`)]))
      let world: World = { sentences: sentencesOf(40, 7), graded: new Map(), sources, links: [] }
      let views: SentenceViews = updateViews(undefined, inputsOf(world))
      // More steps than layers are kept before they are folded into one.
      for (let i = 0; i < 150; i++) {
        const { world: next, what } = step(r, world, i + 1)
        views = updateViews(views, inputsOf(next))
        world = next
        const shown = world.sentences.slice(r.int(40)).slice(0, 1 + r.int(8))
        const full = updateViews(undefined, inputsOf(world))
        for (const s of shown)
          expect(views.views.get(s.id), `seed ${seed}, step ${i}: ${what}, ${s.id}`).toEqual(
            full.views.get(s.id)
          )
        if (i % 25 === 24) expect(new Map(views.views)).toEqual(new Map(full.views))
      }
    }
  })

  it('derives a view only when it is read', () => {
    const sentences = sentencesOf(10_000, 50)
    const first = updateViews(undefined, { sentences, graded: new Map(), sources: new Map(), links: [] })
    expect(first.derivations.count).toBe(0)
    for (const s of sentences.slice(200, 230)) first.views.get(s.id)
    first.views.get('a:200')
    first.views.get('b:3')
    expect(first.derivations.count).toBe(30)
    expect(first.views.size).toBe(10_000)
    expect(first.views.has('b:3')).toBe(false)
  })

  it("opens another article without looking through the last one's sentences", () => {
    // The last article's ids, each read counted: telling the new article from it looked them all
    // up (10 ms at 76,000 sentences), in the render that shows the new article's first paint.
    let reads = 0
    const old = sentencesOf(10_000, 50).map((s) => {
      const { id, ...rest } = s
      return Object.defineProperty(rest, 'id', {
        get: () => (reads++, id),
        enumerable: true
      }) as Sentence
    })
    const empty = { graded: new Map(), sources: new Map(), links: [] }
    const first = updateViews(undefined, { sentences: old, ...empty })
    for (const s of old.slice(0, 30)) first.views.get(s.id)
    const next = sentencesOf(200, 50).map((s) => ({ ...s, id: s.id.replace('a:', 'n:'), articleId: 'n' }))
    reads = 0
    const opened = updateViews(first, { sentences: next, ...empty })
    expect(reads).toBeLessThanOrEqual(1)
    expect(opened.invalidated).toBe('all')
    expect(opened.views.get('n:3')).toEqual(
      updateViews(undefined, { sentences: next, ...empty }).views.get('n:3')
    )
    expect(opened.views.has('a:3')).toBe(false)
  })

  it('derives again only the graded sentence and the sentences linked to it', () => {
    const sentences = sentencesOf(10_000, 50)
    const sources = new Map([
      ['reuters', { id: 'reuters', name: 'Reuters', aliases: [], kind: 'media', reliability: 'B' } as Source],
      ['mod', { id: 'mod', name: 'Ministry', aliases: [], kind: 'government', reliability: 'C' } as Source]
    ])
    const link = (id: string, from: string, to: string): Link => ({
      id,
      fromSentenceId: from,
      articleId: 'a',
      relation: 'supports',
      target: { kind: 'sentence', sentenceId: to },
      note: '',
      createdAt: '2026-11-30T00:00:00.000Z'
    })
    const links = [link('l1', 'a:7', 'a:4000'), link('l2', 'a:9000', 'a:7'), link('l3', 'a:1', 'a:2')]
    const r = random(7)
    const graded = new Map([['a:2', randomAssessment(r, 'a:2', ['mod'], 1)]])
    const first = updateViews(undefined, { sentences, graded, sources, links })
    expect(first.invalidated).toBe('all')
    // The reader has shown every sentence.
    const firstViews = new Map(first.views)
    expect(first.derivations.count).toBe(10_000)

    const grade = { ...randomAssessment(r, 'a:7', ['reuters'], 2), credibility: 2 as const }
    const second = updateViews(first, {
      sentences,
      graded: new Map(graded).set('a:7', grade),
      sources,
      links
    })
    expect([...second.invalidated].sort()).toEqual(['a:4000', 'a:7', 'a:9000'])
    // Reading every view again derives those three, and only a:7 says something new.
    const secondViews = new Map(second.views)
    expect(second.derivations.count).toBe(10_003)
    expect(secondViews.get('a:7')!.rating).toBe('B2')
    expect([...secondViews].filter(([id, v]) => v !== firstViews.get(id)).map(([id]) => id)).toEqual(['a:7'])

    // A grade layered over the stored ones (shown before the database has it) is found by its key
    // alone, and derives the same views as the same grade in a map of its own.
    const shown = updateViews(first, {
      sentences,
      graded: withChanges(graded, new Map([['a:7', grade]])),
      sources,
      links
    })
    expect([...shown.invalidated].sort()).toEqual(['a:4000', 'a:7', 'a:9000'])
    expect(new Map(shown.views)).toEqual(secondViews)

    // Regrading a source reaches the sentences citing it and their linked sentences only.
    const regraded = new Map(sources).set('reuters', { ...sources.get('reuters')!, reliability: 'E' })
    const third = updateViews(second, { sentences, graded: second.inputs.graded, sources: regraded, links })
    expect([...third.invalidated].sort()).toEqual(['a:4000', 'a:7', 'a:9000'])
    expect(third.views.get('a:7')!.rating).toBe('E2')

    // Nothing changed: the same map, nothing derived.
    const fourth = updateViews(third, { ...third.inputs, links: links.map((l) => structuredClone(l)) })
    expect(fourth.views).toBe(third.views)
    expect(fourth.invalidated).toEqual(new Set())
  })
})
