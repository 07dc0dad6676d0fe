// A labelled row of grades (A–F or 1–6) whose meaning is spelled out under it.
import { useId, type CSSProperties } from 'react'
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

/**
 * The row is drawn with SegmentedControl's own classes (the look of the app's other segmented
 * rows) but without its floating indicator: on every change that indicator measures the page in
 * the key's task, watches both elements' sizes and slides for 200 ms, a frame's work each time,
 * on the control the analyst changes most. Here the chosen grade is marked by the stylesheet
 * alone (its label's `data-active`), at once, as a key press should be.
 */
const classes = SegmentedControl.classes

/** The variables SegmentedControl sets for the app's theme (size xs), with no transitions. */
const ROW_VARIABLES = {
  '--sc-padding': 'var(--sc-padding-xs)',
  '--sc-font-size': 'var(--mantine-font-size-xs)',
  '--sc-shadow': 'var(--mantine-shadow-xs)',
  '--sc-transition-duration': '0ms'
} as CSSProperties

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
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        className={classes.root}
        style={ROW_VARIABLES}
        data-full-width
        data-with-items-borders
        data-disabled={disabled || undefined}
      >
        {grades.map((grade) => {
          const chosen = value === grade
          const inputId = `${id}-${grade}`
          return (
            <div key={grade} className={classes.control} data-active={chosen || undefined}>
              <input
                className={classes.input}
                type="radio"
                name={id}
                value={grade}
                id={inputId}
                checked={chosen}
                disabled={disabled}
                onChange={() => onChange(grade)}
                data-focus-ring="auto"
              />
              <label
                className={classes.label}
                htmlFor={inputId}
                data-active={(chosen && !disabled) || undefined}
                data-disabled={disabled || undefined}
              >
                <span className={classes.innerLabel} title={labels[grade]}>
                  {grade}
                  <VisuallyHidden> — {labels[grade]}</VisuallyHidden>
                </span>
              </label>
            </div>
          )
        })}
      </div>
      <Text size="xs" c="dimmed" mt={2} aria-live="polite">
        {value ? `${value} — ${labels[value]}` : 'Not graded'}
      </Text>
    </Input.Wrapper>
  )
}
