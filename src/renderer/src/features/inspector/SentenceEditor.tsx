// The selected sentence's words, where the analyst places the caret to split it, or merges it
// with the next when the splitter cut a claim in two. Merging two graded sentences first asks
// whose grade the merged sentence keeps.
import { memo, useRef, useState, type Ref } from 'react'
import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core'
import type { Assessment, Sentence, Source } from '@shared/model'
import { db } from '../../db'
import { mergeQuestion, type MergeKeep, type MergeQuestion } from '../../db/corrections'

interface SentenceEditorProps {
  sentence: Sentence
  text: string
  isLast: boolean
  sources: Map<string, Source>
  onSplit: (articleOffset: number) => void
  onMerge: (keep?: MergeKeep) => void
  onError: (e: unknown) => void
}

export function SentenceEditor(props: SentenceEditorProps) {
  const { sentence, text, isLast, sources, onSplit, onMerge, onError } = props
  const field = useRef<HTMLTextAreaElement>(null)
  const [question, setQuestion] = useState<MergeQuestion | null>(null)

  const merge = async () => {
    try {
      const asked = await mergeQuestion(db, sentence.articleId, sentence.id)
      if (asked) setQuestion(asked)
      else onMerge()
    } catch (e) {
      onError(e)
    }
  }
  const choose = (keep: MergeKeep) => {
    setQuestion(null)
    onMerge(keep)
  }

  return (
    <>
      <SentenceText ref={field} value={text} />
      <Group gap="xs">
        <Button
          variant="default"
          onClick={() => onSplit(sentence.start + (field.current?.selectionStart ?? 0))}
        >
          Split at caret
        </Button>
        <Button variant="default" disabled={isLast} onClick={() => void merge()}>
          Merge with next
        </Button>
      </Group>
      <Modal
        opened={question !== null}
        onClose={() => setQuestion(null)}
        title="Merge two graded sentences"
        size="lg"
      >
        {question && (
          <Stack gap="sm">
            <Text size="sm">
              Sentences {question.first.number} and {question.second.number} are both graded. The merged
              sentence keeps one grade: its sources, credibility, claim type and override. The other
              sentence’s note is appended to the kept note, its tags are kept, and the links of both follow
              the merged sentence. Undo restores both sentences.
            </Text>
            <List size="sm" spacing={4}>
              {[question.first, question.second].map((side) => (
                <List.Item key={side.number}>
                  Sentence {side.number}: {describeGrade(side.assessment, sources)}
                </List.Item>
              ))}
            </List>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setQuestion(null)}>
                Cancel
              </Button>
              <Button variant="light" onClick={() => choose('first')}>
                Keep sentence {question.first.number}’s grade
              </Button>
              <Button variant="light" onClick={() => choose('second')}>
                Keep sentence {question.second.number}’s grade
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  )
}

// The field grows with its words by CSS alone, up to ten lines: an autosize Textarea measured its
// text with a forced layout on mounting (about 90 ms in the inspector's first render of a 76,000-
// sentence article) and again whenever the words changed.
const SENTENCE_TEXT_STYLES = {
  input: {
    fontSize: 'var(--mantine-font-size-sm)',
    fieldSizing: 'content',
    maxHeight: 'calc(10lh + 2 * var(--input-padding-y, 0.5rem))'
  }
} as const

/** The inspector renders after every grade; the field renders only when the sentence's words change. */
const SentenceText = memo(function SentenceText(props: { value: string; ref: Ref<HTMLTextAreaElement> }) {
  return (
    <Textarea
      ref={props.ref}
      label="Sentence text"
      description="Place the caret where a new sentence should begin, then split."
      readOnly
      value={props.value}
      autosize={false}
      rows={1}
      styles={SENTENCE_TEXT_STYLES}
    />
  )
})

/** “B2 · Col. Kindratenko · note “Official figure.”” */
function describeGrade(a: Assessment, sources: Map<string, Source>): string {
  const named = a.attributions.map((x) => sources.get(x.sourceId)).filter((s) => s !== undefined)
  const rating = `${named[0]?.reliability ?? '-'}${a.credibility ?? '-'}`
  const note = a.note.trim()
  return [
    rating === '--' ? 'no rating' : rating,
    named.length ? named.map((s) => s.name).join(', ') : 'no source',
    a.corroborationOverride && `override: ${a.corroborationOverride.status}`,
    a.tags.length > 0 && `tags ${a.tags.join(', ')}`,
    note && `note “${note.length > 80 ? `${note.slice(0, 79)}…` : note}”`
  ]
    .filter(Boolean)
    .join(' · ')
}
