// The article as paragraphs of selectable sentences, each marked with its rating and status.
import {
  createContext,
  memo,
  Profiler,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ProfilerOnRenderCallback,
  type ReactNode,
  type RefObject
} from 'react'
import {
  measureElement,
  observeElementRect,
  observeWindowRect,
  useVirtualizer,
  useWindowVirtualizer,
  type Rect,
  type Virtualizer,
  type VirtualItem
} from '@tanstack/react-virtual'
import type { Sentence } from '@shared/model'
import { ratingHint } from '@shared/scales'
import { markTitle, type CitingJudgment } from './judgment-index'
import { isUngraded, reliabilityClass } from './reader-filter'
import type { SentenceGlance } from './use-reader-glance'
import type { SentenceView } from './use-workspace'
import { useShownViews } from './shown-grades'
import { statusLabel } from './status'
import { Paragraphs } from './paragraphs'
import { Blocks } from './blocks'
import { afterPresented } from '../../after-presented'
import { ScrollParent } from '../../components/scroll-parent'
import classes from './Reader.module.css'

interface ReaderProps {
  text: string
  sentences: Sentence[]
  views: ReadonlyMap<string, SentenceView>
  /** The key judgments each sentence is evidence for. */
  judgments: ReadonlyMap<string, CitingJudgment[]>
  selectedIndex: number
  onSelect: (index: number) => void
  /** Each sentence's sources, tags and whether it matches the filter (use-reader-glance.ts). */
  glances?: ReadonlyMap<string, SentenceGlance>
  /** What becomes of sentences the filter does not match: dimmed, hidden, or nothing (no filter). */
  unmatched?: 'dim' | 'hide'
  /** Each paragraph's primary sources in a column beside it. */
  sourceMargin?: boolean
}

const NO_GLANCES: ReadonlyMap<string, SentenceGlance> = new Map()

/**
 * Told of each paragraph that renders, by its first sentence's id: how a test sees which
 * paragraphs a grade re-rendered. Without a provider nothing is measured.
 */
export const ParagraphRenderProbe = createContext<ProfilerOnRenderCallback | null>(null)

/**
 * Only the paragraphs near the viewport are in the page, whatever the article's length: every
 * sentence element costs layout and memory, and an article's length is not known to be short.
 * They come and go a block of consecutive paragraphs at a time (./blocks.ts).
 */
export function Reader({
  text,
  sentences,
  views: stored,
  judgments,
  selectedIndex,
  onSelect,
  glances = NO_GLANCES,
  unmatched,
  sourceMargin = false
}: ReaderProps) {
  // A grade just pressed shows here at once; only its paragraph renders for it.
  const views = useShownViews(stored)
  const paragraphs = useMemo(() => new Paragraphs(text, sentences), [text, sentences])
  const blocks = useMemo(() => new Blocks(paragraphs), [paragraphs])

  const renderParagraph = (p: number) => {
    const paragraph = paragraphs.at(p)
    return (
      <Paragraph
        key={paragraph[0].id}
        sentences={paragraph}
        text={text}
        views={views}
        judgments={judgments}
        glances={glances}
        sourceMargin={sourceMargin}
        // Only the paragraph holding the selection sees it change, so the others skip rendering.
        selectedIndex={
          selectedIndex >= paragraph[0].index && selectedIndex <= paragraph[paragraph.length - 1].index
            ? selectedIndex
            : -1
        }
        onSelect={onSelect}
      />
    )
  }

  // Each paragraph of the block is its own memoised Paragraph: a grade renders only its own.
  const renderBlock = (b: number) => {
    const shown: ReactNode[] = []
    for (let p = blocks.first(b); p < blocks.end(b); p++) shown.push(renderParagraph(p))
    return shown
  }

  const selectedId = sentences[selectedIndex]?.id
  return (
    <div
      className={classes.reader}
      role="listbox"
      aria-label="Article sentences"
      aria-activedescendant={selectedId ? domId(selectedId) : undefined}
      aria-setsize={sentences.length}
      tabIndex={0}
      data-unmatched={unmatched}
      data-margin={sourceMargin || undefined}
    >
      <VirtualParagraphs
        blocks={blocks}
        sentences={sentences}
        text={text}
        selectedIndex={selectedIndex}
        render={renderBlock}
      />
    </div>
  )
}

interface VirtualParagraphsProps {
  blocks: Blocks<Sentence>
  sentences: readonly Sentence[]
  /** The article's text: a new one is a new article, first painted a screenful at a time. */
  text: string
  selectedIndex: number
  /** Block `b`'s paragraphs as they are shown. */
  render: (b: number) => ReactNode
}

/**
 * Blocks of paragraphs measured as they render; the selection is scrolled into view by its block,
 * then by itself. They scroll in the workbench's article pane, or with the window when the reader
 * stands alone.
 */
function VirtualParagraphs(props: VirtualParagraphsProps) {
  const scrollParent = useContext(ScrollParent)
  return scrollParent ? (
    <PaneParagraphs key="pane" {...props} scrollParent={scrollParent} />
  ) : (
    <WindowParagraphs key="window" {...props} />
  )
}

/** Paragraphs either side of the view once the article has been painted. */
export const OVERSCAN = 40
/** Paragraphs either side of the view in an article's first paint: a screenful and a little. */
export const FIRST_OVERSCAN = 4

/**
 * The overscan for the article whose text is `text`: a long one (more paragraphs than a few
 * windows) opens with FIRST_OVERSCAN, so its first paint mounts and measures a screenful, and
 * widens to OVERSCAN in a task of its own once that paint is presented. A short article is whole
 * in the page at once. A split or a merge keeps the article's overscan.
 */
function useGrowingOverscan(text: string, paragraphs: number): number {
  const long = paragraphs > 4 * OVERSCAN
  const [grown, setGrown] = useState({ text, overscan: FIRST_OVERSCAN })
  const overscan = !long ? OVERSCAN : grown.text === text ? grown.overscan : FIRST_OVERSCAN
  useEffect(() => {
    if (overscan >= OVERSCAN) return
    // After the frame that follows the one presenting the article: in a task of its own once the
    // page has had its turn, and never ahead of the tasks the first frame queued (an input).
    return afterPresented(() => setGrown({ text, overscan: OVERSCAN }), { frames: 2 })
  }, [text, overscan])
  return overscan
}

/** The virtualizer's options but where it scrolls: its items are the blocks. */
function useBlockOptions(
  blocks: Blocks<Sentence>,
  sentences: readonly Sentence[],
  text: string,
  list: RefObject<HTMLDivElement | null>
) {
  const { paragraphs } = blocks
  // The same functions while the blocks are the same: a new key function makes the virtualizer
  // lay out every block of the article again at each render (a grade's, among them). A block is
  // known by its first sentence, as a paragraph was, so a split or a merge keeps the others' sizes.
  const getItemKey = useCallback(
    (b: number) => sentences[paragraphs.first(blocks.first(b))].id,
    [blocks, paragraphs, sentences]
  )
  // About 90 characters a line at 27 px, plus the paragraph's margin, from its sentences' offsets
  // alone, for each paragraph of the block; a block is measured only once rendered.
  const estimateSize = useCallback(
    (b: number) => {
      let size = 0
      for (let p = blocks.first(b); p < blocks.end(b); p++)
        size += Math.ceil(paragraphs.length(p) / 90) * 27 + 16
      return size
    },
    [blocks, paragraphs]
  )
  return {
    count: blocks.count,
    estimateSize,
    measureElement: sizeWithoutLayout,
    // The window's height before the list is measured, so the first render already holds the
    // paragraphs in view instead of none, then a second render with them.
    initialRect: { width: 0, height: window.innerHeight },
    // Forty paragraphs either side, once painted: a short article is whole in the page
    // (find-in-page and assistive tech read all of it), a long one is still windowed.
    overscan: blocks.inBlocks(useGrowingOverscan(text, paragraphs.count)),
    // The list's place in what scrolls: the pane is positioned, so offsetTop is measured from it.
    scrollMargin: list.current?.offsetTop ?? 0,
    getItemKey
  }
}

/**
 * A block's size as its ResizeObserver tells it, once the frame has laid the block out. A block
 * just mounted is first sized from the commit that adds it, before any layout: there it keeps the
 * size it had or its estimate, and the observer's first notice brings its real size. Measuring it
 * there would lay out the whole page inside the commit: after a 5 MB import, one such task took
 * 69 ms, 39 of them laying out the page for these reads (`npm run bench`'s 5 MB imports).
 */
function sizeWithoutLayout<S extends Element | Window>(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<S, Element>
): number {
  if (entry) return measureElement(element, entry, instance)
  const index = instance.indexFromElement(element)
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  )
}

/**
 * Whether the scroll follows a block's change of size: only when the block is wholly above the
 * view, where its new size moves everything in view by as much. A block the view's top falls in
 * keeps its place, and so does what is in view of it: the virtualizer would otherwise move the
 * scroll by the difference between a tall paragraph's estimate and its size when it is first
 * measured, and a sentence just brought into view inside it would leave the view (by 3,300 px in
 * a paragraph of 400 sentences). As the virtualizer does, a block measured again while scrolling
 * up moves nothing.
 */
function movesTheView<S extends Element | Window>(
  block: VirtualItem,
  delta: number,
  instance: Virtualizer<S, Element>
): boolean {
  // Where the block ends now that it is measured: a tall paragraph's estimate may end above the view
  // while the paragraph itself reaches into it.
  if (block.end + delta > (instance.scrollOffset ?? 0)) return false
  return !instance.itemSizeCache.has(block.key) || instance.scrollDirection !== 'backward'
}

/**
 * `observe` telling its size changes in a transition. The size is first read in the commit that
 * mounts the list: the paragraphs that size brings into view render after that commit, not in a
 * second render within it (see ParagraphList).
 */
function inTransition<S extends Element | Window>(
  observe: (instance: Virtualizer<S, Element>, changed: (rect: Rect) => void) => void | (() => void)
) {
  return (instance: Virtualizer<S, Element>, changed: (rect: Rect) => void) =>
    observe(instance, (rect) => startTransition(() => changed(rect)))
}

function WindowParagraphs(props: VirtualParagraphsProps) {
  const list = useRef<HTMLDivElement>(null)
  const virtualizer = useWindowVirtualizer({
    ...useBlockOptions(props.blocks, props.sentences, props.text, list),
    observeElementRect: inTransition(observeWindowRect)
  })
  return <ParagraphList {...props} list={list} virtualizer={virtualizer} />
}

function PaneParagraphs(props: VirtualParagraphsProps & { scrollParent: HTMLElement }) {
  const list = useRef<HTMLDivElement>(null)
  const { scrollParent } = props
  const virtualizer = useVirtualizer({
    ...useBlockOptions(props.blocks, props.sentences, props.text, list),
    getScrollElement: () => scrollParent,
    observeElementRect: inTransition(observeElementRect)
  })
  return <ParagraphList {...props} list={list} virtualizer={virtualizer} />
}

/** The most frames a sentence jumped to is followed before it stands still: two seconds. */
const FOLLOW_FRAMES = 120

/**
 * Brings what `find` finds into view in each frame, until it has stood still there for two. The
 * blocks a jump brings into the page are sized by their observer once laid out, and the
 * virtualizer moves its scroll as those sizes come in: a sentence in view in the frame after the
 * jump can be pushed out of it a frame later.
 */
function followIntoView(find: () => Element | null | undefined): () => void {
  let frame = 0
  let left = FOLLOW_FRAMES
  let still = 0
  let last: number | undefined
  const step = () => {
    const element = find()
    if (element) {
      element.scrollIntoView({ block: 'nearest' })
      const top = element.getBoundingClientRect().top
      still = top === last ? still + 1 : 0
      last = top
      if (still === 2) return
    }
    if (--left > 0) frame = requestAnimationFrame(step)
  }
  frame = requestAnimationFrame(step)
  return () => cancelAnimationFrame(frame)
}

interface ParagraphListProps extends VirtualParagraphsProps {
  list: RefObject<HTMLDivElement | null>
  virtualizer: Virtualizer<Window, Element> | Virtualizer<HTMLElement, Element>
}

function ParagraphList({ blocks, selectedIndex, text, render, list, virtualizer }: ParagraphListProps) {
  // Not an option of the virtualizer but a field of it; the same function at every render.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = movesTheView
  /** The text of the article last scrolled to its selection: another one is an article just opened. */
  const scrolledIn = useRef<string | null>(null)
  useEffect(() => {
    const target = blocks.of(selectedIndex)
    if (target === -1) return
    // The sentence itself, not only its block, comes into view: a block, even a paragraph, may be
    // taller than the window (a text pasted without line breaks is one paragraph).
    const sentence = () => list.current?.querySelector(`[data-sentence-index="${selectedIndex}"]`)
    const opened = scrolledIn.current !== text
    scrolledIn.current = text
    const inPage = sentence()
    if (inPage && opened) {
      // An article just opened is scrolled to its selection once its first frame is presented: a
      // scroll now would lay out the whole new page within the task that mounted it.
      return afterPresented(() => sentence()?.scrollIntoView({ block: 'nearest' }))
    }
    if (inPage) {
      inPage.scrollIntoView({ block: 'nearest' })
      return
    }
    virtualizer.scrollToIndex(target, { align: 'auto' })
    return followIntoView(sentence)
  }, [selectedIndex, blocks, text, virtualizer, list])

  // A block is observed as it enters the page, in the commit that adds it, and sized there without
  // layout (sizeWithoutLayout); the render a size asks for (the list's height, other blocks coming
  // into view) is a transition. A state update made within a commit is otherwise rendered at once,
  // inside that commit, after every effect of the page: the longest task of opening a large article.
  const measure = useCallback(
    (node: Element | null) => startTransition(() => virtualizer.measureElement(node)),
    [virtualizer]
  )
  const items = virtualizer.getVirtualItems()
  // The blocks follow one another in the flow, below the place of the first: one measured before
  // that render still stands where its size puts it, and pushes the next ones down.
  const top = (items[0]?.start ?? 0) - virtualizer.options.scrollMargin
  return (
    <div ref={list} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      <div
        style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${top}px)` }}
      >
        {items.map((item) => (
          // A column of its paragraphs whose margins, as flex items', neither collapse with each
          // other nor leave the block: each paragraph's margins are inside what is measured.
          <div
            key={item.key}
            data-index={item.index}
            ref={measure}
            style={{ display: 'flex', flexDirection: 'column' }}
          >
            {render(item.index)}
          </div>
        ))}
      </div>
    </div>
  )
}

interface ParagraphProps {
  sentences: Sentence[]
  text: string
  views: ReadonlyMap<string, SentenceView>
  judgments: ReadonlyMap<string, CitingJudgment[]>
  glances: ReadonlyMap<string, SentenceGlance>
  sourceMargin: boolean
  selectedIndex: number
  onSelect: (index: number) => void
}

/**
 * A paragraph renders again only when something of its own changed. The views and judgments come
 * as maps of the whole article, new after every grade, so they are compared for this paragraph's
 * sentences alone: the incremental views keep the objects of sentences a grade did not reach.
 */
function sameParagraph(a: ParagraphProps, b: ParagraphProps): boolean {
  return (
    a.sentences === b.sentences &&
    a.text === b.text &&
    a.selectedIndex === b.selectedIndex &&
    a.onSelect === b.onSelect &&
    a.sourceMargin === b.sourceMargin &&
    (a.views === b.views || a.sentences.every((s) => a.views.get(s.id) === b.views.get(s.id))) &&
    (a.judgments === b.judgments ||
      a.sentences.every((s) => a.judgments.get(s.id) === b.judgments.get(s.id))) &&
    (a.glances === b.glances || a.sentences.every((s) => a.glances.get(s.id) === b.glances.get(s.id)))
  )
}

const Paragraph = memo(function Paragraph(props: ParagraphProps) {
  const probe = useContext(ParagraphRenderProbe)
  const paragraph = <ParagraphBody {...props} />
  return probe ? (
    <Profiler id={props.sentences[0].id} onRender={probe}>
      {paragraph}
    </Profiler>
  ) : (
    paragraph
  )
}, sameParagraph)

function ParagraphBody({
  sentences,
  text,
  views,
  judgments,
  glances,
  sourceMargin,
  selectedIndex,
  onSelect
}: ParagraphProps) {
  return (
    <p
      role="group"
      className={sentences[0].kind === 'heading' ? classes.headingParagraph : classes.paragraph}
    >
      {sourceMargin && <SourceMargin sentences={sentences} glances={glances} />}
      {sentences.map((sentence) => (
        <SentenceSpan
          key={sentence.id}
          sentence={sentence}
          text={text.slice(sentence.start, sentence.end)}
          view={views.get(sentence.id)}
          judgmentCount={judgments.get(sentence.id)?.length ?? 0}
          judgmentTitle={markTitle(judgments.get(sentence.id) ?? [])}
          glance={glances.get(sentence.id)}
          selected={sentence.index === selectedIndex}
          onSelect={onSelect}
        />
      ))}
    </p>
  )
}

/** The paragraph's primary sources, each once, in the order its sentences cite them. */
function SourceMargin({ sentences, glances }: Pick<ParagraphProps, 'sentences' | 'glances'>) {
  const names = [...new Set(sentences.map((s) => glances.get(s.id)?.primary).filter(Boolean))]
  // Hidden from screen readers, which hear each sentence's sources in its description.
  return (
    <span className={classes.margin} aria-hidden="true" title={names.join('\n')} data-margin-sources>
      {names.join('\n')}
    </span>
  )
}

export function domId(sentenceId: string): string {
  return `sentence-${sentenceId.replace(/[^a-zA-Z0-9_-]/g, '-')}`
}

interface SentenceSpanProps {
  sentence: Sentence
  text: string
  view: SentenceView | undefined
  /** How many key judgments cite the sentence as evidence, and which (a string, so memo holds). */
  judgmentCount: number
  judgmentTitle: string
  glance: SentenceGlance | undefined
  selected: boolean
  onSelect: (index: number) => void
}

const SentenceSpan = memo(function SentenceSpan({
  sentence,
  text,
  view,
  judgmentCount,
  judgmentTitle,
  glance,
  selected,
  onSelect
}: SentenceSpanProps) {
  const rating = view?.rating ?? ''
  const status = view?.status ?? 'uncorroborated'
  const weak = view?.weak ?? false
  const ungraded = isUngraded({ kind: sentence.kind, view })
  const tags = glance?.tags ?? []
  // The selected sentence stays in sight whatever the filter: a jump may land on one it hides.
  const outside = glance?.match === false && !selected ? 'true' : undefined
  return (
    <>
      <span
        id={domId(sentence.id)}
        className={classes.sentence}
        role="option"
        aria-selected={selected}
        aria-description={[
          rating && `Rated ${rating}`,
          ratingHint(rating),
          ungraded && 'Not graded',
          glance?.sources,
          tags.length > 0 && `Tags: ${tags.join(', ')}`,
          statusLabel({ status, weak }),
          judgmentCount > 0 && `Evidence for ${judgmentCount} key judgment${judgmentCount === 1 ? '' : 's'}`
        ]
          .filter(Boolean)
          .join(', ')}
        data-sentence-index={sentence.index}
        data-kind={sentence.kind}
        data-selected={selected ? 'true' : undefined}
        data-rating={rating}
        data-corroboration={status}
        data-weak={weak ? 'true' : undefined}
        data-judgments={judgmentCount || undefined}
        data-graded={ungraded ? 'false' : undefined}
        data-outside={outside}
        title={glance?.sources || undefined}
        onClick={() => onSelect(sentence.index)}
      >
        {text}
      </span>
      {rating && (
        <span
          className={classes.rating}
          data-reliability={reliabilityClass(rating)}
          data-outside={outside}
          aria-hidden="true"
          title={ratingHint(rating)}
        >
          {rating}
        </span>
      )}
      {ungraded && (
        // A ring, not a colour: seen in any scheme and in print; heard as "Not graded" above.
        <span className={classes.ungradedMark} data-outside={outside} aria-hidden="true" />
      )}
      {tags.map((tag) => (
        <span key={tag} className={classes.tag} data-outside={outside} aria-hidden="true">
          #{tag}
        </span>
      ))}
      {judgmentCount > 0 && (
        // Hidden from screen readers, which hear it in the sentence's description instead.
        <span
          className={classes.judgmentMark}
          data-outside={outside}
          aria-hidden="true"
          title={judgmentTitle}
        >
          J{judgmentCount > 1 ? judgmentCount : ''}
        </span>
      )}{' '}
    </>
  )
})
