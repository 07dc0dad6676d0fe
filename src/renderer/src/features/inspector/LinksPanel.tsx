// Corroboration: the derived status, its warnings, and the evidence links of the sentence, to
// sentences of this article or of any other in the library, or to external citations.
import { useCallback, useMemo, useState } from 'react'
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  type OptionsFilter
} from '@mantine/core'
import { corroborationWarnings } from '@shared/corroboration'
import type { Link, LinkRelation, LinkTarget, Sentence } from '@shared/model'
import { useArticle, useArticleTitles, useSentences } from '../../db/hooks'
import { statusColor, statusLabel } from '../reader/status'
import type { Workspace } from '../reader/use-workspace'
import { prepareSentenceSearch, useSentenceHits } from '../search/use-sentence-hits'
import { CitationForm } from './CitationForm'
import { sentenceOptions, type SentenceOption } from './sentence-options'

interface LinksPanelProps {
  workspace: Workspace
  sentence: Sentence
  /** Resolves true when the link was stored, false when it was refused (the message is shown). */
  onAddLink: (relation: LinkRelation, target: LinkTarget) => Promise<boolean>
  onRemoveLink: (linkId: string) => void
  /** Opens a linked sentence, in this article or another, where Back returns from. */
  onJump?: (sentenceId: string) => void
}

const RELATION_COLORS: Record<LinkRelation, string> = {
  supports: 'teal',
  contradicts: 'red',
  context: 'gray'
}

const linkedSentenceId = (link: Link) => (link.target.kind === 'sentence' ? link.target.sentenceId : '')

const snippet = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export function LinksPanel({ workspace, sentence, onAddLink, onRemoveLink, onJump }: LinksPanelProps) {
  const { article, sentences, sources, foreign, graded } = workspace
  const view = workspace.views.get(sentence.id)!
  const [relation, setRelation] = useState<LinkRelation>('supports')
  const [targetKind, setTargetKind] = useState<LinkTarget['kind']>('sentence')
  const [targetArticleId, setTargetArticleId] = useState(article.id)
  const [target, setTarget] = useState<string | null>(null)
  // Only the sentences the links reach, found in one pass: not a map of every sentence.
  const byId = useMemo(() => {
    if (view.links.length === 0) return new Map<string, Sentence>()
    const wanted = new Set(view.links.flatMap((l) => [l.fromSentenceId, linkedSentenceId(l)]))
    return new Map(sentences.filter((s) => wanted.has(s.id)).map((s) => [s.id, s]))
  }, [sentences, view.links])
  const current = useMemo(
    () => ({ id: article.id, text: article.text, sentences }),
    [article.id, article.text, sentences]
  )

  const warnings = corroborationWarnings({
    sentence,
    assessment: workspace.assessments.get(sentence.id),
    links: view.links,
    assessmentsBySentenceId: graded,
    sourcesById: sources
  })

  /** The other sentence of a sentence link, while it is still in the library; else null. */
  const linkedId = (link: Link) => {
    if (link.target.kind !== 'sentence') return null
    const otherId = link.fromSentenceId === sentence.id ? link.target.sentenceId : link.fromSentenceId
    return byId.has(otherId) || foreign.has(otherId) ? otherId : null
  }
  // The sentence's own evidence first, then the sentences it is evidence for (its backlinks).
  const ordered = useMemo(
    () => [
      ...view.links.filter((l) => l.fromSentenceId === sentence.id),
      ...view.links.filter((l) => l.fromSentenceId !== sentence.id)
    ],
    [view.links, sentence.id]
  )

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
          {ordered.map((link) => {
            const backlink = link.fromSentenceId !== sentence.id
            const other = linkedId(link)
            return (
              <Group
                key={link.id}
                component="li"
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                data-backlink={backlink || undefined}
              >
                <Badge color={RELATION_COLORS[link.relation]} style={{ flexShrink: 0 }}>
                  {link.relation}
                </Badge>
                <Text size="xs" style={{ flex: 1 }}>
                  {backlink && (
                    <Text span size="xs" c="dimmed">
                      {'backlink: '}
                    </Text>
                  )}
                  {other && onJump ? (
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      ta="left"
                      title="Go to it (Backspace: back)"
                      onClick={() => onJump(other)}
                    >
                      {describe(link)}
                    </Anchor>
                  ) : (
                    describe(link)
                  )}
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
            )
          })}
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
            current={current}
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
  /** The open article, whose sentences the workspace has read already. */
  current: { id: string; text: string; sentences: Sentence[] }
  exclude: string
  value: string | null
  onChange: (id: string | null) => void
}

function TargetSentencePicker({ articleId, current, exclude, value, onChange }: TargetSentencePickerProps) {
  // Nothing is built until the analyst opens the picker: a long article has tens of thousands of
  // sentences, and most grades add no link.
  const [wanted, setWanted] = useState(false)
  const [search, setSearch] = useState('')
  const other = wanted && articleId !== current.id ? articleId : null
  const otherArticle = useArticle(other)
  const otherSentences = useSentences(other)
  const choices = useMemo(() => {
    if (!wanted) return undefined
    if (articleId === current.id) return sentenceOptions(current.text, current.sentences)
    return otherArticle && otherSentences ? sentenceOptions(otherArticle.text, otherSentences) : undefined
  }, [wanted, articleId, current, otherArticle, otherSentences])
  // The words typed are searched in the library's index, within the article picked.
  const found = useSentenceHits(search, { limit: 40, articleId, enabled: wanted })
  const foundIds = useMemo(
    () => (found.query === search && !found.searching ? found.hits.map((h) => h.id) : null),
    [found, search]
  )
  const filter = useCallback<OptionsFilter>(
    ({ search, limit }) => choices?.pick(search, foundIds, limit) ?? [],
    [choices, foundIds]
  )
  return (
    <Select
      label="Linked sentence"
      placeholder="Find a sentence"
      searchable
      onSearchChange={setSearch}
      data={choices?.options ?? NO_OPTIONS}
      filter={filter}
      value={value === exclude ? null : value}
      onChange={onChange}
      onDropdownOpen={() => {
        setWanted(true)
        prepareSentenceSearch()
      }}
      nothingFoundMessage={!choices || (search.trim() && !foundIds) ? 'Searching…' : 'No such sentence'}
      limit={40}
      comboboxProps={{ withinPortal: true }}
    />
  )
}

const NO_OPTIONS: SentenceOption[] = []
