// What each reader command does: moves the selection, or writes a grade, in order, through the db.
import type { Assessment, Sentence } from '@shared/model'
import { db, serially } from '../../db'
import { isGraded } from '../../db/articles'
import type { StartedJudgment } from '../../db/case-choice'
import { getAssessment } from '../../db/assessments'
import { gradeSentence } from '../../db/grade-writer'
import { ADD_SOURCE_FIELD_ID, NOTE_FIELD_ID, SOURCE_FIELD_ID } from '../inspector/field-ids'
import { stepVisible } from './reader-filter'
import type { ReaderCommand } from './shortcuts'
import { showGrade } from './shown-grades'
import { startJudgment } from './start-judgment'
import type { Workspace } from './use-workspace'

export interface ReaderCommandContext {
  workspace: Workspace
  selected: Sentence
  select: (index: number) => void
  notify: (text: string, error?: boolean) => void
  openShortcuts: () => void
  /** Shows the source registry, at this source if given. */
  openRegistry: (sourceId: string | null) => void
  /** Says where the judgment went and offers to open it. */
  onJudgmentStarted: (started: StartedJudgment) => void
  /** Whether moving stops at a sentence; a filter that hides sentences skips them. */
  shown?: (sentence: Sentence) => boolean
  /** Back to where the last jump through a link started; false when there was none. */
  jumpBack?: () => boolean
}

/** The next (or previous) sentence, not a heading, that has no grade yet; null when none is left. */
export function nextUnassessed(
  sentences: Sentence[],
  assessments: Map<string, Assessment>,
  from: number,
  delta: 1 | -1
): number | null {
  for (let i = from + delta; i >= 0 && i < sentences.length; i += delta) {
    const s = sentences[i]
    const a = assessments.get(s.id)
    if (s.kind !== 'heading' && !(a && isGraded(a))) return i
  }
  return null
}

const FIELD_IDS = { source: SOURCE_FIELD_ID, 'add-source': ADD_SOURCE_FIELD_ID, note: NOTE_FIELD_ID }

export function runReaderCommand(command: ReaderCommand, context: ReaderCommandContext): void {
  const { workspace, selected, select, notify } = context
  const { sentences } = workspace
  const text = workspace.article.text
  const fail = (e: unknown) => notify(e instanceof Error ? e.message : String(e), true)
  switch (command.kind) {
    case 'move': {
      const shown = context.shown ?? (() => true)
      select(stepVisible(sentences.length, selected.index, command.delta, (i) => shown(sentences[i])))
      break
    }
    case 'edge': {
      const shown = context.shown ?? (() => true)
      const [from, delta] = command.to === 'first' ? [-1, 1 as const] : [sentences.length, -1 as const]
      const to = stepVisible(sentences.length, from, delta, (i) => shown(sentences[i]))
      select(to < 0 || to >= sentences.length ? selected.index : to)
      break
    }
    case 'jump-back':
      if (!context.jumpBack?.()) notify('No jump to go back from.')
      break
    case 'next-unassessed': {
      const next = nextUnassessed(sentences, workspace.assessments, selected.index, command.delta)
      if (next === null) notify('Every sentence in that direction is graded.')
      else select(next)
      break
    }
    case 'credibility': {
      const patch = { credibility: command.value }
      // The write is asked for first, so it is under way while the reader shows the grade.
      const write = serially(() => gradeSentence(db, selected, text, patch))
      const shown = showGrade(workspace, selected, patch)
      write.then(shown.stored, (e: unknown) => {
        shown.refused()
        fail(e)
      })
      break
    }
    case 'reliability':
      // Read at write time: the source may have been picked a moment ago and still be saving.
      serially(async () => {
        const sourceId = (await getAssessment(db, selected.id))?.attributions[0]?.sourceId
        if (!sourceId) notify('Pick the sentence’s source first (s), then grade its reliability.', true)
        else {
          // The registry's writes come when first used, not with the first screen.
          const { updateSource } = await import('../../db/sources')
          await updateSource(db, sourceId, { reliability: command.value })
        }
      }).catch(fail)
      break
    case 'start-judgment':
      startJudgment(workspace, selected).then(context.onJudgmentStarted, fail)
      break
    case 'accept-suggestion':
      // Every source the words name ("according to A, B and C"), the first the primary one. The
      // attribution rules come after the first paint (with the inspector): in the queue of writes,
      // a key pressed before they are there keeps its place.
      serially(async () => {
        const [{ suggestionsFor }, { acceptSuggestions }] = await Promise.all([
          import('../inspector/suggestions'),
          import('../inspector/accept-suggestion')
        ])
        const suggestions = suggestionsFor(workspace, selected)
        if (suggestions.length === 0)
          notify('This sentence names no source in its words; press s to pick one.', true)
        else await acceptSuggestions(db, selected, text, suggestions)
      }).catch(fail)
      break
    case 'focus': {
      const field = document.getElementById(FIELD_IDS[command.field])
      if (field) field.focus()
      else if (command.field === 'add-source')
        notify('Pick the sentence’s source first (s), then add others.', true)
      break
    }
    case 'open-registry':
      context.openRegistry(workspace.assessments.get(selected.id)?.attributions[0]?.sourceId ?? null)
      break
    case 'shortcut-sheet':
      context.openShortcuts()
      break
  }
}
