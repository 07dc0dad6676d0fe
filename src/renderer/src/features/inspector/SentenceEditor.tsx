// The selected sentence's words, where the analyst places the caret to split it, or merges it
// with the next when the splitter cut a claim in two.
import { useRef } from 'react'
import { Button, Group, Textarea } from '@mantine/core'
import type { Sentence } from '@shared/model'

interface SentenceEditorProps {
  sentence: Sentence
  text: string
  isLast: boolean
  onSplit: (articleOffset: number) => void
  onMerge: () => void
}

export function SentenceEditor({ sentence, text, isLast, onSplit, onMerge }: SentenceEditorProps) {
  const field = useRef<HTMLTextAreaElement>(null)
  return (
    <>
      <Textarea
        ref={field}
        label="Sentence text"
        description="Place the caret where a new sentence should begin, then split."
        readOnly
        value={text}
        autosize
        minRows={1}
        maxRows={10}
        styles={{ input: { fontSize: 'var(--mantine-font-size-sm)' } }}
      />
      <Group gap="xs">
        <Button
          variant="default"
          onClick={() => onSplit(sentence.start + (field.current?.selectionStart ?? 0))}
        >
          Split at caret
        </Button>
        <Button variant="default" disabled={isLast} onClick={onMerge}>
          Merge with next
        </Button>
      </Group>
    </>
  )
}
