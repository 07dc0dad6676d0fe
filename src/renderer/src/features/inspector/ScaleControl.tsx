// A labelled row of grades (A–F or 1–6) whose meaning is spelled out under it.
import { useId } from 'react'
import { Input, SegmentedControl, Text, VisuallyHidden } from '@mantine/core'

interface ScaleControlProps<V extends string> {
  label: string
  grades: readonly V[]
  labels: Record<V, string>
  value: V | null
  disabled?: boolean
  hint?: string
  onChange: (value: V) => void
}

export function ScaleControl<V extends string>({
  label,
  grades,
  labels,
  value,
  disabled,
  hint,
  onChange
}: ScaleControlProps<V>) {
  const id = useId()
  return (
    <Input.Wrapper label={label} labelElement="div" id={id} description={hint}>
      <SegmentedControl
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        disabled={disabled}
        // An unset grade shows no selection: SegmentedControl wants a value, so give it none of the grades.
        value={value ?? ''}
        onChange={(next) => onChange(next as V)}
        data={grades.map((grade) => ({
          value: grade,
          label: (
            <span title={labels[grade]}>
              {grade}
              <VisuallyHidden> — {labels[grade]}</VisuallyHidden>
            </span>
          )
        }))}
      />
      <Text size="xs" c="dimmed" mt={2} aria-live="polite">
        {value ? `${value} — ${labels[value]}` : 'Not graded'}
      </Text>
    </Input.Wrapper>
  )
}
