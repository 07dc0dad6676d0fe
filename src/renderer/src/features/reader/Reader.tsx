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
        <p
          key={paragraph[0].id}
          role="group"
          className={paragraph[0].kind === 'heading' ? classes.headingParagraph : classes.paragraph}
        >
          {paragraph.map((sentence) => (
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
      ))}
    </div>
  )
}

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
