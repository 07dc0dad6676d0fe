// Sentence views derived when they are first read, not all at once: opening a 76,000-sentence
// article derived every view before its first paint (100–130 ms in one task), while the reader
// shows a screenful and the counts can be taken in slices. Each map after a change lies over the
// one before it and derives again only the sentences the change reached; the others are read from
// the map below, so a view keeps its object for as long as nothing of it changes.
import type { Sentence, SentenceId } from '../model'

type SentenceRef = Pick<Sentence, 'id' | 'kind'>

/** Layers a read may look through before the next change folds them into one map. */
export const MAX_LAZY_DEPTH = 32

/**
 * An article's sentences by id without a map of every id: an id is `article:seq`, and a sentence's
 * seq is its index until a split or a merge, so the index is tried first. Hashing 76,000 ids into
 * a map took longer than deriving the views it was for.
 */
export class SentenceLookup {
  readonly size: number
  private readonly prefix: string | undefined
  private bySeq: SentenceRef[] | undefined
  private others: Map<SentenceId, SentenceRef> | undefined

  constructor(readonly list: readonly SentenceRef[]) {
    this.size = list.length
    const first = list[0]?.id
    this.prefix = first === undefined ? undefined : first.slice(0, first.lastIndexOf(':') + 1)
  }

  get(id: SentenceId): SentenceRef | undefined {
    if (this.prefix === undefined) return undefined
    if (this.prefix && id.startsWith(this.prefix)) {
      const at = this.list[Number(id.slice(this.prefix.length))]
      if (at !== undefined && at.id === id) return at
    }
    this.index()
    if (this.prefix && id.startsWith(this.prefix)) {
      const bySeq = this.bySeq![Number(id.slice(this.prefix.length))]
      if (bySeq !== undefined && bySeq.id === id) return bySeq
    }
    return this.others!.get(id)
  }

  has(id: SentenceId): boolean {
    return this.get(id) !== undefined
  }

  /**
   * Whether `other` holds sentences of the same article as this: told by their ids' `article:`
   * prefix when both have one, without a look through either list (a miss indexes every id: 10 ms
   * at 76,000 sentences, paid by each article opened after a long one).
   */
  sameArticleAs(other: SentenceLookup): boolean {
    if (this.prefix && other.prefix) return this.prefix === other.prefix
    return other.size > 0 && this.has(other.list[0].id)
  }

  /** Built on the first miss (after a split or a merge): seqs are small integers, not hashed. */
  private index(): void {
    if (this.others) return
    this.bySeq = []
    this.others = new Map()
    for (const sentence of this.list) {
      const seq =
        this.prefix && sentence.id.startsWith(this.prefix) ? sentence.id.slice(this.prefix.length) : ''
      if (/^\d+$/.test(seq)) this.bySeq[Number(seq)] = sentence
      else this.others.set(sentence.id, sentence)
    }
  }
}

/** How many views a lineage of maps derived: what opening and grading cost. */
export interface DerivationCount {
  count: number
}

export class LazyViews<V> implements ReadonlyMap<SentenceId, V> {
  private readonly own: Map<SentenceId, V>

  /**
   * @param derive the view of a sentence under this map's inputs; `old` is the view it had, to be
   *   returned when the new one says the same
   * @param previous the map this one lies over
   * @param dirty the sentences whose views may differ from `previous`'s (any article's ids)
   * @param stale the views of before a split or a merge: a new view equal to one of them is it
   * @param standsFor the map a folded map replaces, so the change from it can still be told
   */
  constructor(
    readonly sentences: SentenceLookup,
    private readonly derive: (sentence: SentenceRef, old: V | undefined) => V,
    readonly derivations: DerivationCount,
    readonly previous: LazyViews<V> | undefined,
    readonly dirty: ReadonlySet<SentenceId>,
    readonly depth: number,
    own: Map<SentenceId, V> = new Map(),
    private readonly stale?: LazyViews<V>,
    readonly standsFor?: LazyViews<V>
  ) {
    this.own = own
  }

  /** `previous` with the views of `dirty` to be derived again by `derive`. */
  static over<V>(
    previous: LazyViews<V>,
    derive: (sentence: SentenceRef, old: V | undefined) => V,
    dirty: ReadonlySet<SentenceId>
  ): LazyViews<V> {
    const below = previous.depth < MAX_LAZY_DEPTH ? previous : previous.folded()
    return new LazyViews(previous.sentences, derive, previous.derivations, below, dirty, below.depth + 1)
  }

  get size(): number {
    return this.sentences.size
  }

  get(id: SentenceId): V | undefined {
    const cached = this.own.get(id)
    if (cached !== undefined) return cached
    const sentence = this.sentences.get(id)
    if (!sentence) return undefined
    let view: V
    if (this.previous && !this.dirty.has(id)) view = this.previous.get(id)!
    else {
      this.derivations.count++
      view = this.derive(sentence, this.previous ? this.previous.peek(id) : this.stale?.peek(id))
    }
    this.own.set(id, view)
    return view
  }

  has(id: SentenceId): boolean {
    return this.sentences.has(id)
  }

  /** The view this map has handed out for `id`, without deriving one: only those are on screen. */
  peek(id: SentenceId): V | undefined {
    const cached = this.own.get(id)
    if (cached !== undefined) return cached
    return this.previous && !this.dirty.has(id) ? this.previous.peek(id) : undefined
  }

  /** This map with no layers below it: the views derived so far, still valid, in one map. */
  private folded(): LazyViews<V> {
    const own = new Map<SentenceId, V>()
    const collect = (layer: LazyViews<V>) => {
      if (layer.previous) collect(layer.previous)
      if (layer.previous) for (const id of layer.dirty) own.delete(id)
      for (const [id, view] of layer.own) own.set(id, view)
    }
    collect(this)
    // A sentence no layer derived is derived under this map's inputs, as this map would have. The
    // views of before a split stay what a new view is compared with, never what is read.
    return new LazyViews(
      this.sentences,
      this.derive,
      this.derivations,
      undefined,
      new Set(),
      0,
      own,
      this.root().stale,
      this
    )
  }

  private root(): LazyViews<V> {
    return this.previous ? this.previous.root() : this
  }

  *entries(): MapIterator<[SentenceId, V]> {
    for (const sentence of this.sentences.list) yield [sentence.id, this.get(sentence.id)!]
  }

  *keys(): MapIterator<SentenceId> {
    for (const sentence of this.sentences.list) yield sentence.id
  }

  *values(): MapIterator<V> {
    for (const [, view] of this.entries()) yield view
  }

  forEach(
    callback: (value: V, key: SentenceId, map: ReadonlyMap<SentenceId, V>) => void,
    thisArg?: unknown
  ): void {
    for (const [id, view] of this.entries()) callback.call(thisArg, view, id, this)
  }

  [Symbol.iterator](): MapIterator<[SentenceId, V]> {
    return this.entries()
  }
}

/**
 * The article's sentences whose views may differ between `before` and `after`, when `after` was
 * made from `before` by changes; `undefined` when it was not, and every view must be read again.
 */
export function changedSince<V>(
  after: ReadonlyMap<SentenceId, V>,
  before: ReadonlyMap<SentenceId, V>
): SentenceRef[] | undefined {
  if (after === before) return []
  if (!(after instanceof LazyViews)) return undefined
  const top = after as LazyViews<V>
  const changed = new Set<SentenceId>()
  for (let layer: LazyViews<V> | undefined = top; layer; layer = layer.previous) {
    if (layer === before || layer.standsFor === before)
      return [...changed].map((id) => top.sentences.get(id)).filter((s) => s !== undefined)
    if (!layer.previous) return undefined
    for (const id of layer.dirty) changed.add(id)
  }
  return undefined
}
