// Edits the selected sentence's assessment; every change is saved at once. A grade renders what
// shows it: the panels below the grades are kept while what they show stays the same. An article
// opened gets its inspector a part at a time, after the reader's first paint (see staged-parts).
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { corroborationWarnings } from '@shared/corroboration'
import { Badge, Divider, Group, NativeSelect, Stack, Text, Title } from '@mantine/core'
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '@shared/scales'
import {
  CLAIM_TYPES,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  type ClaimType,
  type Credibility,
  type Sentence
} from '@shared/model'
import { db, serially } from '../../db'
import { setTags, type AssessmentPatch } from '../../db/assessments'
import { gradeSentence } from '../../db/grade-writer'
import { mergeWithNext, splitSentence } from '../../db/corrections'
import { addLink, removeLink } from '../../db/links'
import type { StartedJudgment } from '../../db/case-choice'
import { updateSource } from '../../db/sources'
import type { Workspace } from '../reader/use-workspace'
import { startJudgment } from '../reader/start-judgment'
import { RatingChip } from '../reader/RatingChip'
import { statusColor, statusLabel } from '../reader/status'
import { JudgmentsPanel } from '../../components/lazy-panels'
import { LinksPanel } from './LinksPanel'
import { HistoryPanel, TagsField } from '../../components/lazy-panels'
import { SentenceSources } from '../sources/SentenceSources'
import { NoteField } from './NoteField'
import { OverrideField } from './OverrideField'
import { ScaleControl } from './ScaleControl'
import { Probe } from './render-probe'
import { SentenceEditor } from './SentenceEditor'
import { useStagedParts } from './staged-parts'

const CREDIBILITY_VALUES = CREDIBILITY_GRADES.map(String) as `${Credibility}`[]
const CREDIBILITY_TEXT = Object.fromEntries(
  CREDIBILITY_GRADES.map((g) => [String(g), CREDIBILITY_LABELS[g]])
) as Record<`${Credibility}`, string>
const CLAIM_TYPE_OPTIONS = CLAIM_TYPES.map((t) => ({ value: t, label: t[0].toUpperCase() + t.slice(1) }))

interface InspectorProps {
  workspace: Workspace
  sentence: Sentence | undefined
  onError: (message: string) => void
  /** Says where a judgment started here went, and offers to open it. */
  onJudgmentStarted: (started: StartedJudgment) => void
  onOpenJudgment: (caseId: string, judgmentId: string) => void
  /** Shows the source registry at a source ("Open in registry"). */
  onOpenRegistry: (sourceId: string) => void
  /** Goes to a linked sentence (any article), remembering this one for Back. */
  onGoToSentence?: (from: string, to: string) => void
  /** Told when every field of the inspector is in the page (the keys s, S and e focus them), and when not. */
  onFieldsShown?: (shown: boolean) => void
}

/**
 * The inspector's parts, each mounted in a commit of its own: the sentence, its source and grades;
 * the links and the fields below them; the key judgments and the history.
 */
const PARTS = 3

export function Inspector(props: InspectorProps) {
  const { sentence, onFieldsShown } = props
  const parts = useStagedParts(props.workspace.article.id, PARTS)
  const allShown = !sentence || parts === PARTS
  const told = useRef(onFieldsShown)
  useLayoutEffect(() => {
    told.current = onFieldsShown
  })
  useLayoutEffect(() => {
    if (!allShown) return
    const tell = told.current
    tell?.(true)
    return () => tell?.(false)
  }, [allShown])
  if (!sentence) {
    return (
      <Text c="dimmed" size="sm">
        Select a sentence to grade it.
      </Text>
    )
  }
  return <SentenceInspector {...props} sentence={sentence} parts={parts} />
}

function SentenceInspector(props: InspectorProps & { sentence: Sentence; parts: number }) {
  const { parts } = props
  const { workspace, sentence, onError, onJudgmentStarted, onOpenJudgment, onGoToSentence } = props
  const { article, assessments, sources, sentences, foreign, graded, judgments } = workspace
  const assessment = assessments.get(sentence.id)
  const view = workspace.views.get(sentence.id)!
  const primary = assessment?.attributions[0]
  const source = primary ? sources.get(primary.sourceId) : undefined
  const sentenceText = article.text.slice(sentence.start, sentence.end)

  const report = useCallback((e: unknown) => onError(e instanceof Error ? e.message : String(e)), [onError])

  // Of a grade, the links panel shows the status and the warnings (a credibility of 1, a source
  // shared with the evidence): computed here for this sentence's few links, so a grade that leaves
  // them, and the links, as they were does not render the panel.
  const warnings = JSON.stringify(
    corroborationWarnings({
      sentence,
      assessment,
      links: view.links,
      assessmentsBySentenceId: graded,
      sourcesById: sources
    })
  )
  const linksPanel = useMemo(
    () => (
      <Probe part="links">
        <LinksPanel
          // The link form starts afresh in each article: its "In article" is the article open now.
          key={workspace.article.id}
          workspace={workspace}
          sentence={sentence}
          onAddLink={(relation, target) =>
            serially(() => addLink(db, sentence, relation, target)).then(
              () => true,
              (e: unknown) => {
                report(e)
                return false
              }
            )
          }
          onRemoveLink={(id) => serially(() => removeLink(db, id)).catch(report)}
          onJump={onGoToSentence && ((to) => onGoToSentence(sentence.id, to))}
        />
      </Probe>
    ),
    // What LinksPanel reads of the workspace, and its warnings: not the workspace object itself,
    // which is new at every grade.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      article,
      sentences,
      sources,
      foreign,
      view.links,
      view.status,
      view.weak,
      warnings,
      sentence,
      report,
      onGoToSentence
    ]
  )
  const judgmentsPanel = useMemo(
    () => (
      <Probe part="judgments">
        <JudgmentsPanel
          // Its choice of judgment starts afresh in each article, like the link form's.
          key={`judgments-${workspace.article.id}`}
          workspace={workspace}
          sentence={sentence}
          onStart={() => startJudgment(workspace, sentence).then(onJudgmentStarted, report)}
          onOpenJudgment={onOpenJudgment}
          onError={onError}
        />
      </Probe>
    ),
    // JudgmentsPanel and startJudgment read the article and the judgments of the workspace.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [article, judgments, sentence, onJudgmentStarted, onOpenJudgment, onError, report]
  )
  // Rendered again when its own list changes (see HistoryPanel), or the sentence, its links or the
  // sources.
  const historyPanel = useMemo(
    () => <HistoryPanel sentence={sentence} links={view.links} sources={sources} />,
    [sentence, view.links, sources]
  )
  const save = useCallback(
    (patch: AssessmentPatch) =>
      serially(() => gradeSentence(db, sentence, article.text, patch)).catch(report),
    [sentence, article.text, report]
  )
  // The parts above and below the grades show nothing a grade changes but what is named in each
  // one's list: kept, like the panels, while that stays the same.
  const isLast = sentence.index === sentences.length - 1
  const editorPart = useMemo(
    () => (
      <Probe part="editor">
        <SentenceEditor
          sentence={sentence}
          text={sentenceText}
          isLast={isLast}
          sources={sources}
          onSplit={(at) => splitSentence(db, article.id, sentence.id, at).catch(report)}
          onMerge={(keep) => mergeWithNext(db, article.id, sentence.id, keep).catch(report)}
          onError={report}
        />
      </Probe>
    ),
    [sentence, sentenceText, isLast, sources, article.id, report]
  )
  // With the primary source's reliability (of the source, set for every article it is cited in).
  const attributionsKey = JSON.stringify(assessment?.attributions ?? [])
  const sourcesPart = useMemo(
    () => (
      <Probe part="sources">
        <SentenceSources
          workspace={workspace}
          sentence={sentence}
          onError={onError}
          onOpenRegistry={props.onOpenRegistry}
        />
        <ScaleControl
          label="Reliability"
          grades={RELIABILITY_GRADES}
          labels={RELIABILITY_LABELS}
          value={source?.reliability ?? null}
          disabled={!source}
          hint={source ? `Of ${source.name}, in every article` : 'Pick a source first'}
          onChange={(reliability) =>
            source && serially(() => updateSource(db, source.id, { reliability })).catch(report)
          }
        />
      </Probe>
    ),
    // What SentenceSources reads of the workspace (the article, its sentences before this one, the
    // registry, this sentence's attributions) and the primary source: not the workspace object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [article, sentences, sources, attributionsKey, source, sentence, onError, props.onOpenRegistry, report]
  )
  const claimType = assessment?.claimType ?? (sentence.kind === 'heading' ? 'context' : 'claim')
  const note = assessment?.note ?? ''
  const tagsKey = JSON.stringify(assessment?.tags ?? [])
  const overrideKey = JSON.stringify(assessment?.corroborationOverride ?? null)
  const fieldsPart = useMemo(
    () => (
      <Probe part="fields">
        <NativeSelect
          label="Claim type"
          value={claimType}
          data={CLAIM_TYPE_OPTIONS}
          onChange={(event) => save({ claimType: event.currentTarget.value as ClaimType })}
        />
        <NoteField
          key={sentence.id}
          sentence={sentence}
          value={note}
          onSave={(text) => save({ note: text })}
        />
        <TagsField
          sentence={sentence}
          value={assessment?.tags ?? []}
          onSave={(tags) => serially(() => setTags(db, sentence, article.text, tags)).catch(report)}
        />
        <OverrideField
          key={`override-${sentence.id}`}
          sentence={sentence}
          derived={view.derived}
          override={assessment?.corroborationOverride}
          onSave={(corroborationOverride) => save({ corroborationOverride })}
        />
      </Probe>
    ),
    // The values the fields show, by content: a grade writes a new row with the same tags and override.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sentence, article.text, save, report, claimType, note, tagsKey, overrideKey, view.derived]
  )

  return (
    <Stack gap="sm" aria-label="Inspector" role="region">
      <Stack gap={4}>
        <Title order={2} size="h5">
          Sentence {sentence.index + 1} of {workspace.sentences.length}
        </Title>
        <Group gap={4}>
          {view.rating && <RatingChip rating={view.rating} />}
          <Badge color={statusColor(view)} style={{ flexShrink: 0 }}>
            {statusLabel(view)}
          </Badge>
        </Group>
      </Stack>
      {parts >= 1 && (
        <>
          {editorPart}
          <Divider />
          {sourcesPart}
          <Probe part="grades">
            <ScaleControl
              label="Credibility"
              grades={CREDIBILITY_VALUES}
              labels={CREDIBILITY_TEXT}
              value={
                assessment?.credibility != null ? (String(assessment.credibility) as `${Credibility}`) : null
              }
              hint="Of this information (keys 1–6)"
              onChange={(value) => save({ credibility: Number(value) as Credibility })}
            />
          </Probe>
        </>
      )}
      {parts >= 2 && (
        <>
          <Divider />
          {linksPanel}
          <Divider />
          {fieldsPart}
        </>
      )}
      {parts >= 3 && (
        <>
          <Divider />
          {judgmentsPanel}
          {historyPanel}
        </>
      )}
    </Stack>
  )
}
