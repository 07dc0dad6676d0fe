// The article as paragraphs of selectable sentences, each marked with its rating and status.
import { memo, useEffect, useMemo, useRef } from 'react'
import type { Assessment, Sentence } from '@shared/model'
import type { SentenceView } from './use-workspace'
import { STATUS_LABELS } from './status'
import classes from './Reader.module.css'

interface ReaderProps {
  text: string
  sentences: Sentence[]
  views: Map<string, SentenceView>
  assessments: Map<string, Assessment>
  selectedIndex: number
  onSelect: (index: number) => void
}

/** Sentences on one line of the article text form a paragraph. */
function paragraphsOf(text: string, sentences: Sentence[]): Sentence[][] {
  const paragraphs: Sentence[][] = []
  let previousEnd = -1
  for (const sentence of sentences) {
    const current = paragraphs.at(-1)
    if (!current || text.slice(previousEnd, sentence.start).includes('\n')) paragraphs.push([sentence])
    else current.push(sentence)
    previousEnd = sentence.end
  }
  return paragraphs
}

export function Reader({ text, sentences, views, assessments, selectedIndex, onSelect }: ReaderProps) {
  const paragraphs = useMemo(() => paragraphsOf(text, sentences), [text, sentences])
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const el = root.current?.querySelector(`[data-sentence-index="${selectedIndex}"]`)
    el?.scrollIntoView?.({ block: 'nearest' })
  }, [selectedIndex])

  const selectedId = sentences[selectedIndex]?.id
  return (
    <div
      ref={root}
      className={classes.reader}
      role="listbox"
      aria-label="Article sentences"
      aria-activedescendant={selectedId ? domId(selectedId) : undefined}
      tabIndex={0}
    >
      {paragraphs.map((paragraph) => (
        <Paragraph
          key={paragraph[0].id}
          sentences={paragraph}
          text={text}
          views={views}
          assessments={assessments}
          // Only the paragraph holding the selection sees it change, so the others skip rendering.
          selectedIndex={
            selectedIndex >= paragraph[0].index && selectedIndex <= paragraph[paragraph.length - 1].index
              ? selectedIndex
              : -1
          }
          onSelect={onSelect}
        />
      ))}
    </div>
  )
}

interface ParagraphProps {
  sentences: Sentence[]
  text: string
  views: Map<string, SentenceView>
  assessments: Map<string, Assessment>
  selectedIndex: number
  onSelect: (index: number) => void
}

const Paragraph = memo(function Paragraph({
  sentences,
  text,
  views,
  assessments,
  selectedIndex,
  onSelect
}: ParagraphProps) {
  return (
    <p
      role="group"
      className={sentences[0].kind === 'heading' ? classes.headingParagraph : classes.paragraph}
    >
      {sentences.map((sentence) => (
        <SentenceSpan
          key={sentence.id}
          sentence={sentence}
          text={text.slice(sentence.start, sentence.end)}
          view={views.get(sentence.id)}
          keyJudgment={assessments.get(sentence.id)?.keyJudgment ?? false}
          selected={sentence.index === selectedIndex}
          onSelect={onSelect}
        />
      ))}
    </p>
  )
})

export function domId(sentenceId: string): string {
  return `sentence-${sentenceId.replace(/[^a-zA-Z0-9_-]/g, '-')}`
}

interface SentenceSpanProps {
  sentence: Sentence
  text: string
  view: SentenceView | undefined
  keyJudgment: boolean
  selected: boolean
  onSelect: (index: number) => void
}

const SentenceSpan = memo(function SentenceSpan({
  sentence,
  text,
  view,
  keyJudgment,
  selected,
  onSelect
}: SentenceSpanProps) {
  const rating = view?.rating ?? ''
  const status = view?.status ?? 'uncorroborated'
  return (
    <>
      <span
        id={domId(sentence.id)}
        className={classes.sentence}
        role="option"
        aria-selected={selected}
        aria-description={[rating && `Rated ${rating}`, STATUS_LABELS[status], keyJudgment && 'Key judgment']
          .filter(Boolean)
          .join(', ')}
        data-sentence-index={sentence.index}
        data-kind={sentence.kind}
        data-selected={selected ? 'true' : undefined}
        data-rating={rating}
        data-corroboration={status}
        onClick={() => onSelect(sentence.index)}
      >
        {text}
      </span>
      {rating && (
        <span className={keyJudgment ? classes.keyJudgment : classes.rating} aria-hidden="true">
          {rating}
        </span>
      )}{' '}
    </>
  )
})
