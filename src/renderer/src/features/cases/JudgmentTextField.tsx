// One text of a key judgment (its wording, the reason for its confidence, assumptions,
// alternatives), saved as typed and never lost (see useAutosave).
import { Textarea } from '@mantine/core'
import type { Judgment } from '@shared/model'
import { db, serially } from '../../db'
import { updateJudgment } from '../../db/judgments'
import { useAutosave } from '../autosave/use-autosave'
import type { JudgmentTextPart } from '../autosave/draft-journal'
import { failure } from './case-actions'

interface JudgmentTextFieldProps {
  judgment: Judgment
  part: JudgmentTextPart
  label: string
  placeholder?: string
  description?: string
  onError: (message: string) => void
}

export function JudgmentTextField({
  judgment,
  part,
  label,
  placeholder,
  description,
  onError
}: JudgmentTextFieldProps) {
  const { draft, change, flush } = useAutosave(
    judgment[part],
    (value) => {
      serially(() => updateJudgment(db, judgment.id, { [part]: value })).catch((e: unknown) =>
        onError(failure(`${label} was not saved`, e))
      )
    },
    { address: { field: 'judgment', judgmentId: judgment.id, part } }
  )
  return (
    <Textarea
      label={label}
      placeholder={placeholder}
      description={description}
      value={draft}
      onChange={(e) => change(e.currentTarget.value)}
      onBlur={flush}
    />
  )
}
