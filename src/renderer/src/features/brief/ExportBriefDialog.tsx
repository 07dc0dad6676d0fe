// Export a brief of the open article or of a case as Markdown, PDF or data, after a check of what
// it would misstate, with a preview of the page that prints. It stays open across exports.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react'
import {
  Alert,
  Box,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput
} from '@mantine/core'
import type { BriefIssue } from '@shared/brief/check'
import { BriefCheck } from './BriefCheck'
import { briefFileName, type BriefOptions } from '@shared/brief/markdown'
import type { PageProgress } from './brief-html'
import type { CaseHeader } from '@shared/model'
import { db, serially } from '../../db'
import { useCase, useCasesOfArticle } from '../../db/hooks'
import { platform } from '../../platform'
import type { BriefHeader, BriefScope } from '../../db/brief-data'
import { briefBuilds, type BriefBuilds } from './brief-builds'
import { assessmentsCsvFileName } from '@shared/exports/csv'
import { webAnnotationsFileName } from '@shared/exports/web-annotation'
import type { SaveOutcome } from '../../platform'
import { getBriefHeader, saveBriefHeader } from '../../db/brief-headers'
import { settleDraft, writeDraft } from '../autosave/draft-journal'
import { CaseHeaderFields } from '../cases/CaseHeaderFields'
import { BriefPreview } from './BriefPreview'
import { briefPrintPage, type BriefHandle } from './brief-outputs'
import { exportStatus, type ExportFormat, type ExportStatus } from './export-outcome'
import { ExportStatusLine, progressLine } from './ExportStatusLine'

interface ExportBriefDialogProps {
  opened: boolean
  /** The article open in the reader, if any. */
  articleId: string | null
  articleTitle: string
  /** Opened from a case: the brief is of that case; otherwise of the open article. */
  caseId?: string | null
  onClose: () => void
  /** Closes the dialog and shows the sentence an issue is about. */
  onShowSentence: (sentenceId: string) => void
  /** Closes the dialog and shows the key judgment an issue is about, in its case. */
  onShowJudgment: (judgmentId: string) => void
}

/**
 * One function per format, the way the brief's own exporters are laid out; one brief for all, each
 * output stamped `at`, the time of the export.
 */
async function exportAs(
  format: ExportFormat,
  brief: BriefHandle,
  options: BriefOptions,
  at: string,
  onProgress: PageProgress
): Promise<SaveOutcome> {
  switch (format) {
    case 'md':
      return platform.saveMarkdown(
        briefFileName(brief.title, at),
        await brief.output('markdown', options, at)
      )
    case 'pdf':
      return platform.exportPdf(
        briefFileName(brief.title, at).replace(/\.md$/, '.pdf'),
        await briefPrintPage(brief, options, at, onProgress),
        'A4',
        brief.handling
      )
    case 'csv':
      return platform.saveData(
        assessmentsCsvFileName(brief.title, at),
        await brief.output('csv', options, at),
        'csv'
      )
    case 'jsonld':
      return platform.saveData(
        webAnnotationsFileName(brief.title, at),
        await brief.output('jsonld', options, at),
        'jsonld'
      )
  }
}

/** A pause in typing before the check runs again, like the preview's rebuild. */
const RECHECK_AFTER_MS = 400

const scopeValue = (scope: BriefScope | null) =>
  scope === null ? '' : scope.kind === 'article' ? 'article' : `case:${scope.caseId}`

export function ExportBriefDialog(props: ExportBriefDialogProps) {
  const { opened, articleId, articleTitle, caseId = null, onClose, onShowSentence, onShowJudgment } = props
  const [scope, setScope] = useState<BriefScope | null>(null)
  const [header, setHeader] = useState<BriefHeader>({ title: '' })
  // The article the header on screen belongs to: until the open article's is read, none.
  const [headerFor, setHeaderFor] = useState<string | null>(null)
  // The case's header as typed, for the preview; stored as typed by its fields.
  const [caseDraft, setCaseDraft] = useState<{ caseId: string; header: CaseHeader } | null>(null)
  const [issues, setIssues] = useState<BriefIssue[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [status, setStatus] = useState<ExportStatus | null>(null)
  const progress = useMemo(progressLine, [])
  // Kept across openings: an analyst who reads the preview wants it the next time too.
  const [previewShown, setPreviewShown] = useState(false)
  // A long brief shows the graded sentences with their neighbours unless the whole text is asked for.
  const [fullText, setFullText] = useState(false)
  // One brief per opening for the check, the preview and every export, built again only when
  // what it is of changes (see brief-builds).
  const [builds, setBuilds] = useState<BriefBuilds | null>(null)
  const articleCases = useCasesOfArticle(articleId)
  const kase = useCase(scope?.kind === 'case' ? scope.caseId : null)

  // Each opening starts on the brief it was opened for.
  useEffect(() => {
    if (!opened) return
    setScope(caseId ? { kind: 'case', caseId } : articleId ? { kind: 'article', articleId } : null)
  }, [opened, caseId, articleId])

  useEffect(() => {
    if (!opened) return
    const opening = briefBuilds(db)
    setBuilds(opening)
    return () => {
      opening.stop()
      setBuilds(null)
    }
  }, [opened])

  // The header of the brief on screen: an article's is read from where it is kept.
  useEffect(() => {
    if (!opened || !scope) return
    setError(null)
    setStatus(null)
    setIssues(null)
    if (scope.kind !== 'article') return
    let cancelled = false
    // Behind a header edit still being written, so reopening shows the last word typed.
    serially(() => getBriefHeader(db, scope.articleId, articleTitle))
      .then((start) => {
        if (cancelled) return
        setHeader(start)
        setHeaderFor(scope.articleId)
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
    return () => {
      cancelled = true
    }
  }, [opened, scope, articleTitle])

  // The header as typed: the preview and the check follow it.
  const shownHeader = useMemo(() => {
    if (scope?.kind !== 'case') return header
    if (caseDraft?.caseId === scope.caseId) return caseDraft.header
    return kase?.header
  }, [scope, header, caseDraft, kase?.header])
  const ready =
    scope !== null && (scope.kind === 'article' ? headerFor === scope.articleId : kase?.id === scope.caseId)
  // Exports wait for the check's first result (or its failure, said in the error): the analyst sees
  // what the brief would misstate before exporting it, and the buttons do not move down under the
  // pointer when the check's list comes in above them.
  const exportable = ready && (issues !== null || error !== null)

  // The check runs on opening and again after a pause in typing: a bottom line reworded to meet
  // ICD 203 no longer shows the warning it had.
  const checked = useRef(false)
  useEffect(() => {
    if (!opened || !scope || !ready || !shownHeader || !builds) {
      checked.current = false
      return
    }
    let cancelled = false
    const timer = setTimeout(
      () => {
        serially(() => builds.brief(scope, shownHeader))
          .then((brief) => brief.issues())
          .then((found) => {
            if (cancelled) return
            checked.current = true
            // A long article's check can list many issues: rendered in a transition, which React breaks
            // into short tasks, so the dialog answers meanwhile.
            startTransition(() => setIssues(found))
          })
          .catch((e: unknown) => {
            if (!cancelled) setError(e instanceof Error ? e.message : String(e))
          })
      },
      checked.current ? RECHECK_AFTER_MS : 0
    )
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [opened, scope, ready, shownHeader, builds])

  const articleScope = scope?.kind === 'article' ? scope : null
  // Kept per article as it is typed: closing the dialog, exporting, "Show" and reloading keep it.
  const field = (key: keyof BriefHeader) => ({
    value: header[key] ?? '',
    disabled: !articleScope || headerFor !== articleScope.articleId,
    onChange: (e: { currentTarget: { value: string } }) => {
      const next = { ...header, [key]: e.currentTarget.value }
      setHeader(next)
      if (articleScope && headerFor === articleScope.articleId) {
        const id = articleScope.articleId
        // Journalled at once (synchronously), so a keystroke the page closes on is saved at next start.
        const address = { field: 'brief-header', articleId: id } as const
        const json = JSON.stringify(next)
        writeDraft(address, json)
        serially(() => saveBriefHeader(db, id, next))
          .then(() => settleDraft(address, json))
          .catch((err: unknown) =>
            setError(`The brief header was not saved: ${err instanceof Error ? err.message : String(err)}`)
          )
      }
    }
  })

  const run = async (format: ExportFormat) => {
    if (!scope || !shownHeader || !builds) return
    setBusy(format)
    setError(null)
    setStatus(null)
    try {
      // Behind every edit still being saved, so the brief has the last word the analyst typed: the
      // header on screen, as the check and the preview have it, so the brief they built is reused.
      const brief = await serially(() => builds.brief(scope, shownHeader))
      const onProgress: PageProgress = (done, total) =>
        progress.set(`Preparing the page… ${Math.round((100 * done) / total)}%`)
      const outcome = await exportAs(format, brief, { fullText }, new Date().toISOString(), onProgress)
      progress.set(null)
      setStatus(exportStatus(format, outcome))
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      progress.set(null)
      setBusy(null)
    }
  }

  // The same arrays until the check runs again, so the issue list (hundreds of items in a long
  // article) is not rendered again at each export's busy, progress and outcome.
  const warnings = useMemo(() => issues?.filter((i) => i.severity === 'warning') ?? [], [issues])
  const notes = useMemo(() => issues?.filter((i) => i.severity === 'info') ?? [], [issues])

  // "Brief of": the open article, or any case it belongs to (and the case it was opened from).
  const scopeOptions = [
    ...(articleId ? [{ value: 'article', label: 'This article' }] : []),
    ...(articleCases ?? []).map((c) => ({ value: `case:${c.id}`, label: `Case: ${c.name}` }))
  ]
  if (kase && !scopeOptions.some((o) => o.value === `case:${kase.id}`))
    scopeOptions.push({ value: `case:${kase.id}`, label: `Case: ${kase.name}` })

  const form = (
    <Stack gap="sm">
      <NativeSelect
        label="Brief of"
        data={scopeOptions}
        value={scopeValue(scope)}
        disabled={scopeOptions.length < 2}
        onChange={(e) => {
          const value = e.currentTarget.value
          setScope(
            value === 'article'
              ? articleId
                ? { kind: 'article', articleId }
                : null
              : { kind: 'case', caseId: value.slice('case:'.length) }
          )
        }}
      />
      {scope?.kind === 'case' ? (
        kase ? (
          <CaseHeaderFields
            key={kase.id}
            kase={kase}
            onDraft={(typed) => setCaseDraft({ caseId: kase.id, header: typed })}
            onError={setError}
          />
        ) : kase === null ? (
          <Text size="sm" c="red">
            The case is no longer in the library.
          </Text>
        ) : null
      ) : (
        <>
          <TextInput label="Brief title" {...field('title')} />
          <Group grow>
            <TextInput label="Analyst" placeholder="Your name or call sign" {...field('analyst')} />
            <TextInput
              label="Handling"
              placeholder="e.g. UNCLASSIFIED // FOR TRAINING"
              {...field('handling')}
            />
          </Group>
          <Textarea
            label="Bottom line up front"
            placeholder="The one thing the reader must take away"
            {...field('bluf')}
          />
        </>
      )}
      <BriefCheck
        warnings={warnings}
        notes={notes}
        loading={issues === null}
        onShowSentence={onShowSentence}
        onShowJudgment={onShowJudgment}
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <ExportStatusLine status={status} progress={progress} />
      <Group justify="flex-end">
        <Button onClick={() => run('md')} loading={busy === 'md'} disabled={!exportable}>
          Markdown
        </Button>
        <Button variant="light" onClick={() => run('pdf')} loading={busy === 'pdf'} disabled={!exportable}>
          PDF
        </Button>
        <Button variant="default" onClick={() => run('csv')} loading={busy === 'csv'} disabled={!exportable}>
          CSV
        </Button>
        <Button
          variant="default"
          onClick={() => run('jsonld')}
          loading={busy === 'jsonld'}
          disabled={!exportable}
        >
          Web Annotations
        </Button>
      </Group>
      <Group justify="space-between">
        <Group gap="md">
          <Switch
            label="Preview"
            checked={previewShown}
            onChange={(e) => setPreviewShown(e.currentTarget.checked)}
          />
          <Switch
            label="Full annotated text"
            checked={fullText}
            onChange={(e) => setFullText(e.currentTarget.checked)}
          />
        </Group>
        <Button variant="subtle" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  )
  return (
    <Modal opened={opened} onClose={onClose} title="Export brief" size={previewShown ? '95%' : 'lg'}>
      {previewShown ? (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Box w={420} style={{ flexShrink: 0 }}>
            {form}
          </Box>
          <Box style={{ flex: 1, minWidth: 0 }}>
            {ready && shownHeader && builds ? (
              <BriefPreview scope={scope} header={shownHeader} fullText={fullText} builds={builds} />
            ) : null}
          </Box>
        </Group>
      ) : (
        form
      )}
    </Modal>
  )
}
