// Ctrl/⌘+K: go to an article (title, outlet), a sentence of any article (its words, from the
// library's full-text index), a source (the first sentence citing it), or run a command of the
// reader's one table, each shown with its keys. Loaded with its first opening.
import '@mantine/spotlight/styles.css'
import { Fragment, useEffect, useMemo, useRef, useState } from 'react'
import { Group, Kbd, Loader, Text } from '@mantine/core'
import { createSpotlight, Spotlight } from '@mantine/spotlight'
import { useLiveQuery } from 'dexie-react-hooks'
import { nameMatcher } from '@shared/search/name-match'
import type { SnippetPart } from '@shared/search/snippet'
import { db } from '../../db'
import { useSources } from '../../db/hooks'
import { listPaletteArticles } from '../../db/palette-targets'
import type { ReaderCommand } from '../reader/shortcuts'
import { paletteCommands, type PaletteCommand } from './palette-commands'
import { prepareSentenceSearch, useSentenceHits } from './use-sentence-hits'

export interface CommandPaletteProps {
  opened: boolean
  onClose: () => void
  /** The reader's commands act on the open article: offered only while the reader shows one. */
  readerActive: boolean
  onOpenArticle: (articleId: string) => void
  onGoToSentence: (sentenceId: string) => void
  /** A source opens in the registry, with its track record and the articles citing it. */
  onOpenSource: (sourceId: string) => void
  onMessage: (text: string) => void
  onRunCommand: (command: ReaderCommand) => void
}

const SENTENCE_LIMIT = 20
const NAME_LIMIT = 6

function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <Text size="sm" data-testid="palette-snippet">
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
    </Text>
  )
}

function Keys({ keys }: { keys: string[] }) {
  return (
    <Group gap={4} wrap="nowrap" aria-label={`Keys: ${keys.join(' ')}`}>
      {keys.map((k, i) => (k === '–' ? <Text key={i}>–</Text> : <Kbd key={i}>{k}</Kbd>))}
    </Group>
  )
}

export function CommandPalette(props: CommandPaletteProps) {
  const { opened, onClose, readerActive } = props
  const [[store, spotlight]] = useState(() => createSpotlight())
  const [query, setQuery] = useState('')
  // What was chosen runs once the palette has closed and given the focus back, so a command that
  // moves the focus (pick the source, edit the note) keeps it.
  const chosen = useRef<(() => void) | null>(null)
  useEffect(() => {
    if (opened) {
      spotlight.open()
      prepareSentenceSearch()
    } else spotlight.close()
  }, [opened, spotlight])

  const articles = useLiveQuery(() => listPaletteArticles(db), [])
  const sources = useSources()
  const sentences = useSentenceHits(query, { limit: SENTENCE_LIMIT, enabled: opened })
  const commands = useMemo(() => paletteCommands(), [])
  const titles = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a.title])), [articles])

  const typed = query.trim()
  const match = nameMatcher(typed)
  const foundArticles = (articles ?? [])
    .filter((a) => !typed || match([a.title, a.outlet]))
    .slice(0, NAME_LIMIT)
  const foundSources = typed
    ? [...(sources?.values() ?? [])].filter((s) => match([s.name, ...s.aliases])).slice(0, NAME_LIMIT)
    : []
  const foundCommands = commands.filter(
    (c) => (readerActive || c.run.kind === 'keys') && (!typed || match([c.label, ...c.keys]))
  )
  const hits = sentences.query === query ? sentences.hits : []

  const choose = (run: () => void) => () => {
    chosen.current = run
  }
  const runCommand = (command: PaletteCommand) => {
    if (command.run.kind === 'reader') props.onRunCommand(command.run.command)
    else
      document.dispatchEvent(
        new KeyboardEvent('keydown', { ...command.run.stroke, bubbles: true, cancelable: true })
      )
  }
  const nothing =
    foundArticles.length + foundSources.length + foundCommands.length + hits.length === 0 &&
    !sentences.searching

  return (
    <Spotlight.Root
      store={store}
      shortcut={null}
      query={query}
      onQueryChange={setQuery}
      onSpotlightClose={onClose}
      scrollable
      maxHeight="70vh"
      size="xl"
      transitionProps={{
        onExited: () => {
          const run = chosen.current
          chosen.current = null
          run?.()
        }
      }}
    >
      <Spotlight.Search
        placeholder="Go to an article, a sentence, a source, or run a command…"
        aria-label="Command palette"
        rightSection={sentences.searching ? <Loader size="xs" aria-label="Searching sentences" /> : null}
      />
      <Spotlight.ActionsList aria-label="Palette results">
        {foundArticles.length > 0 && (
          <Spotlight.ActionsGroup label="Articles" data-group="Articles">
            {foundArticles.map((a) => (
              <Spotlight.Action
                key={a.id}
                label={a.title}
                description={a.outlet}
                onClick={choose(() => props.onOpenArticle(a.id))}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {foundSources.length > 0 && (
          <Spotlight.ActionsGroup label="Sources" data-group="Sources">
            {foundSources.map((s) => (
              <Spotlight.Action
                key={s.id}
                label={s.name}
                description={
                  s.aliases.length ? `also ${s.aliases.join(', ')}` : 'Open in the source registry'
                }
                onClick={choose(() => props.onOpenSource(s.id))}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {foundCommands.length > 0 && (
          <Spotlight.ActionsGroup label="Commands" data-group="Commands">
            {foundCommands.map((c) => (
              <Spotlight.Action
                key={c.id}
                label={c.label}
                rightSection={<Keys keys={c.keys} />}
                onClick={choose(() => runCommand(c))}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {hits.length > 0 && (
          <Spotlight.ActionsGroup label="Sentences" data-group="Sentences">
            {hits.map((h) => (
              <Spotlight.Action key={h.id} onClick={choose(() => props.onGoToSentence(h.id))}>
                <div>
                  <Snippet parts={h.snippet} />
                  <Text size="xs" c="dimmed">
                    {titles.get(h.articleId) ?? 'An article no longer in the library'}
                  </Text>
                </div>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {sentences.error && (
          <Spotlight.Empty>Sentences could not be searched: {sentences.error}</Spotlight.Empty>
        )}
        {nothing && !sentences.error && <Spotlight.Empty>Nothing found for “{typed}”</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
