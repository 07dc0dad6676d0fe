// A case in the main area: its articles, the brief header kept with it, and its key judgments
// in the order the brief lists them.
import { useEffect, useRef, useState } from 'react'
import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core'
import { PatientLoader } from '../../components/patient-loader'
import { db, serially } from '../../db'
import { addArticleToCase, removeArticleFromCase } from '../../db/cases'
import { addJudgment } from '../../db/judgments'
import { useArticleSummaries, useCase, useJudgments, useSources } from '../../db/hooks'
import { CaseHeaderFields } from './CaseHeaderFields'
import { DeleteCaseDialog, RenameCaseDialog } from './CaseDialogs'
import { JudgmentCard } from './JudgmentCard'
import { failure } from './case-actions'

interface CaseViewProps {
  caseId: string
  /** A key judgment to bring into view once the case is shown (e.g. from the reader). */
  focusJudgmentId?: string | null
  onOpenArticle: (articleId: string) => void
  onGoToSentence: (sentenceId: string) => void
  onExport: () => void
  onDeleted: (name: string) => void
  onError: (message: string) => void
}

export function CaseView(props: CaseViewProps) {
  const { caseId, focusJudgmentId, onOpenArticle, onGoToSentence, onExport, onDeleted, onError } = props
  const kase = useCase(caseId)
  const judgments = useJudgments(caseId)
  const articles = useArticleSummaries()
  const sources = useSources()
  const [renaming, setRenaming] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const write = (what: string, action: () => Promise<unknown>) =>
    serially(action).catch((e: unknown) => onError(failure(what, e)))
  const root = useRef<HTMLDivElement>(null)
  const loaded = judgments !== undefined
  useEffect(() => {
    if (!focusJudgmentId || !loaded) return
    const card = root.current?.querySelector<HTMLElement>(
      `[data-judgment-id="${CSS.escape(focusJudgmentId)}"]`
    )
    card?.scrollIntoView({ block: 'start' })
    card?.querySelector<HTMLElement>('textarea')?.focus({ preventScroll: true })
  }, [focusJudgmentId, loaded])

  if (kase === null) return <Text p="xl">This case is no longer in the library.</Text>
  if (!kase || !judgments || !articles || !sources) return <PatientLoader m="xl" aria-label="Loading case" />
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  const members = kase.articleIds.filter((id) => titles.has(id))
  const others = articles.filter((a) => !kase.articleIds.includes(a.id))

  return (
    <Stack ref={root} gap="lg" px="lg" py="md" maw="52rem" mx="auto" role="region" aria-label="Case">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="xs" c="dimmed">
            Case
          </Text>
          <Title order={2} size="h3">
            {kase.name}
          </Title>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button variant="light" onClick={onExport}>
            Export brief…
          </Button>
          <Button variant="subtle" onClick={() => setRenaming(true)}>
            Rename
          </Button>
          <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
            Delete case
          </Button>
        </Group>
      </Group>

      <Stack gap="xs" component="section" aria-label="Articles of the case">
        <Title order={3} size="h4">
          Articles
        </Title>
        {members.length === 0 && (
          <Text size="sm" c="dimmed">
            No articles yet: add one below, or from an article with “Add to case…”.
          </Text>
        )}
        {members.map((id) => (
          <Group key={id} justify="space-between" wrap="nowrap" data-article-id={id}>
            <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onOpenArticle(id)}>
              {titles.get(id)}
            </Anchor>
            <Button
              variant="subtle"
              color="red"
              size="compact-xs"
              // A long title wraps; the button keeps its word.
              style={{ flexShrink: 0 }}
              aria-label={`Remove “${titles.get(id)}” from the case`}
              onClick={() =>
                write('The article was not removed', () => removeArticleFromCase(db, kase.id, id))
              }
            >
              Remove
            </Button>
          </Group>
        ))}
        {others.length > 0 && (
          <NativeSelect
            label="Add an article"
            value=""
            maw={420}
            data={[
              { value: '', label: 'Choose an article…' },
              ...others.map((a) => ({ value: a.id, label: a.title }))
            ]}
            onChange={(e) => {
              const id = e.currentTarget.value
              if (id) write('The article was not added', () => addArticleToCase(db, kase.id, id))
            }}
          />
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-label="Brief header">
        <Title order={3} size="h4">
          Brief header
        </Title>
        <CaseHeaderFields key={kase.id} kase={kase} onError={onError} />
      </Stack>

      <Stack gap="sm" component="section" aria-label="Key judgments">
        <Title order={3} size="h4">
          Key judgments
        </Title>
        {judgments.length === 0 && (
          <Text size="sm" c="dimmed">
            No key judgments yet. Write one in your own words, or start one from a sentence in the reader.
          </Text>
        )}
        {judgments.map((j, i) => (
          <JudgmentCard
            key={j.id}
            judgment={j}
            number={i + 1}
            count={judgments.length}
            sources={sources}
            onGoToSentence={onGoToSentence}
            onError={onError}
          />
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => write('The key judgment was not added', () => addJudgment(db, kase.id))}
          >
            Add key judgment
          </Button>
        </Group>
      </Stack>

      <RenameCaseDialog kase={kase} opened={renaming} onClose={() => setRenaming(false)} />
      <DeleteCaseDialog
        kase={kase}
        judgmentCount={judgments.length}
        opened={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={() => onDeleted(kase.name)}
        onError={onError}
      />
    </Stack>
  )
}
