// Corroboration: the derived status, its warnings, and the evidence links of the sentence, to
// sentences of this article or of any other in the library, or to external citations.
import { useMemo, useState } from 'react'
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Select,
  Stack,
  Text
} from '@mantine/core'
import { corroborationWarnings } from '@shared/corroboration'
import type { Link, LinkRelation, LinkTarget, Sentence } from '@shared/model'
import { useArticle, useArticleTitles, useSentences } from '../../db/hooks'
import { statusColor, statusLabel } from '../reader/status'
import type { Workspace } from '../reader/use-workspace'
import { CitationForm } from './CitationForm'

interface LinksPanelProps {
  workspace: Workspace
  sentence: Sentence
  /** Resolves true when the link was stored, false when it was refused (the message is shown). */
  onAddLink: (relation: LinkRelation, target: LinkTarget) => Promise<boolean>
  onRemoveLink: (linkId: string) => void
}

const RELATION_COLORS: Record<LinkRelation, string> = {
  supports: 'teal',
  contradicts: 'red',
  context: 'gray'
}

const snippet = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export function LinksPanel({ workspace, sentence, onAddLink, onRemoveLink }: LinksPanelProps) {
  const { article, sentences, sources, foreign, graded } = workspace
  const view = workspace.views.get(sentence.id)!
  const [relation, setRelation] = useState<LinkRelation>('supports')
  const [targetKind, setTargetKind] = useState<LinkTarget['kind']>('sentence')
  const [targetArticleId, setTargetArticleId] = useState(article.id)
  const [target, setTarget] = useState<string | null>(null)
  const byId = useMemo(() => new Map(sentences.map((s) => [s.id, s])), [sentences])

  const warnings = corroborationWarnings({
    sentence,
    assessment: workspace.assessments.get(sentence.id),
    links: view.links,
    assessmentsBySentenceId: graded,
    sourcesById: sources
  })

  const describe = (link: Link) => {
    if (link.target.kind === 'external') {
      const { citation, url, sourceId, accessedOn } = link.target
      const source = sourceId ? sources.get(sourceId)?.name : undefined
      return [citation, url, source, accessedOn && `accessed ${accessedOn}`].filter(Boolean).join(' · ')
    }
    const otherId = link.fromSentenceId === sentence.id ? link.target.sentenceId : link.fromSentenceId
    const own = byId.get(otherId)
    if (own) return `${own.index + 1}. ${snippet(article.text.slice(own.start, own.end))}`
    const other = foreign.get(otherId)
    return other
      ? `${other.articleTitle}, ${other.sentence.index + 1}. ${snippet(other.text)}`
      : 'A sentence no longer in the library'
  }

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          Corroboration
        </Text>
        <Badge color={statusColor(view)} data-testid="corroboration-status">
          {statusLabel(view)}
        </Badge>
      </Group>
      {warnings.map((w) => (
        <Alert key={w.code} color="orange" variant="light" p="xs">
          <Text size="xs">{w.message}</Text>
        </Alert>
      ))}
      {view.links.length > 0 && (
        <Stack
          gap={4}
          component="ul"
          aria-label="Evidence links"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {view.links.map((link) => (
            <Group key={link.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <Badge color={RELATION_COLORS[link.relation]} style={{ flexShrink: 0 }}>
                {link.relation}
              </Badge>
              <Text size="xs" style={{ flex: 1 }}>
                {describe(link)}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`Remove ${link.relation} link`}
                onClick={() => onRemoveLink(link.id)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <SegmentedControl
        aria-label="Link relation"
        value={relation}
        onChange={(v) => setRelation(v as LinkRelation)}
        data={[
          { value: 'supports', label: 'Supports' },
          { value: 'contradicts', label: 'Contradicts' },
          { value: 'context', label: 'Context' }
        ]}
      />
      <SegmentedControl
        aria-label="Link to"
        value={targetKind}
        onChange={(v) => setTargetKind(v as LinkTarget['kind'])}
        data={[
          { value: 'sentence', label: 'A sentence' },
          { value: 'external', label: 'A citation' }
        ]}
      />
      {targetKind === 'external' ? (
        <CitationForm sources={sources} onAdd={(citation) => onAddLink(relation, citation)} />
      ) : (
        <>
          <ArticlePicker
            currentId={article.id}
            value={targetArticleId}
            onChange={(id) => {
              setTargetArticleId(id)
              setTarget(null)
            }}
          />
          <TargetSentencePicker
            articleId={targetArticleId}
            exclude={sentence.id}
            value={target}
            onChange={setTarget}
          />
          <Button
            variant="light"
            disabled={!target || target === sentence.id}
            onClick={() => {
              if (!target) return
              void onAddLink(relation, { kind: 'sentence', sentenceId: target }).then((added) => {
                if (added) setTarget(null)
              })
            }}
          >
            Add link
          </Button>
        </>
      )}
    </Stack>
  )
}

function ArticlePicker(props: { currentId: string; value: string; onChange: (id: string) => void }) {
  const articles = useArticleTitles()
  return (
    <NativeSelect
      label="In article"
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={(articles ?? []).map((a) => ({
        value: a.id,
        label: a.id === props.currentId ? `This article: ${a.title}` : a.title
      }))}
    />
  )
}

interface TargetSentencePickerProps {
  articleId: string
  exclude: string
  value: string | null
  onChange: (id: string | null) => void
}

function TargetSentencePicker({ articleId, exclude, value, onChange }: TargetSentencePickerProps) {
  const article = useArticle(articleId)
  const sentences = useSentences(articleId)
  // Built once per article, not per selection: a long article has thousands of sentences.
  const options = useMemo(
    () =>
      article && sentences
        ? sentences
            .filter((s) => s.kind !== 'heading')
            .map((s) => ({
              value: s.id,
              label: `${s.index + 1}. ${snippet(article.text.slice(s.start, s.end))}`
            }))
        : [],
    [article, sentences]
  )
  return (
    <Select
      label="Linked sentence"
      placeholder="Find a sentence"
      searchable
      data={options}
      value={value === exclude ? null : value}
      onChange={onChange}
      nothingFoundMessage="No such sentence"
      limit={40}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
