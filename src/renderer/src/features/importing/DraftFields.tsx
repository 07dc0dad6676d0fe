// The import dialog's form of the article: its title, text and details, with what the file's
// reader said of it. Memoised on what it shows: Import article, each stage of the import and its
// end render the dialog's buttons and progress, not these fields (several Mantine inputs, laid
// out again at each render) while the worker writes the article and the page shows it.
import { memo, type Dispatch, type SetStateAction } from 'react'
import { Alert, Button, Checkbox, List, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core'
import type { ArticleDraft } from '../../db/articles'
import type { PickedFile } from '../../platform'
import { renderProbe } from '../../components/render-probe'
import { LeftOut } from './FileReadPanel'
import type { ReadArticle } from './read-file'

export type ArticleDetails = Required<Pick<ArticleDraft, 'outlet' | 'author' | 'publishedAt' | 'url'>>
export const NO_DETAILS: ArticleDetails = { outlet: '', author: '', publishedAt: '', url: '' }

/** What a file's reader kept beside the text: link addresses, what it left out. */
export type Aside = Pick<ReadArticle, 'links' | 'notes'>

/** A file of damaged UTF-8, and whether the analyst agreed to U+FFFD in its invalid bytes. */
export interface Damaged {
  file: PickedFile
  message: string
  agreed: boolean
}

/** Past this, a file's text is not put in the form: a huge textarea makes typing crawl. */
const LARGE_TEXT = 100_000

/**
 * The text's box grows with its text from 10 to 20 lines, then scrolls. The browser sizes it
 * (`field-sizing`) as it lays the text out anyway: measuring a copy of a long text on every
 * change, as autosizing does, held the page for a quarter of a second at a time.
 */
const TEXT_BOX = {
  fieldSizing: 'content',
  minHeight: 'calc(10lh + 1rem)',
  maxHeight: 'calc(20lh + 1rem)'
} as const

const fields = renderProbe<'draft fields'>()

/** Told of each commit of the form's fields; nothing listens outside tests. */
export const DraftFieldsRenderProbe = fields.Context

type Set<T> = Dispatch<SetStateAction<T>>

export const DraftFields = memo(function DraftFields({
  title,
  setTitle,
  text,
  setText,
  fileName,
  setFileName,
  details,
  setDetails,
  aside,
  setAside,
  damaged,
  setDamaged,
  leftOut,
  load
}: {
  title: string
  setTitle: Set<string>
  text: string
  setText: Set<string>
  fileName: string | undefined
  setFileName: Set<string | undefined>
  details: ArticleDetails
  setDetails: Set<ArticleDetails>
  aside: Aside
  setAside: Set<Aside>
  damaged: Damaged | null
  setDamaged: Set<Damaged | null>
  leftOut: string[]
  /** Reads the file again (the damaged one, with U+FFFD once agreed). */
  load: (file: PickedFile, options?: { replaceInvalidUtf8?: boolean }) => void
}) {
  return (
    <fields.Probe part="draft fields">
      <TextInput
        label="Title"
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        data-autofocus
      />
      {fileName && text.length > LARGE_TEXT ? (
        <Alert color="gray" title={`Text from “${fileName}”`}>
          {text.length.toLocaleString('en')} characters — too long to show here; it is imported as it is.{' '}
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => {
              setText('')
              setFileName(undefined)
            }}
          >
            Clear
          </Button>
        </Alert>
      ) : (
        <Textarea
          label="Article text"
          required
          autosize={false}
          styles={{ input: TEXT_BOX }}
          placeholder="Paste the article here: headline, byline and body."
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value)
            setFileName(undefined)
          }}
        />
      )}
      <SimpleGrid cols={2} spacing="xs">
        {(
          [
            ['outlet', 'Outlet', 'e.g. Kyiv Independent', 'text'],
            ['author', 'Author', 'Byline', 'text'],
            ['publishedAt', 'Published', '', 'date'],
            ['url', 'URL', 'https://…', 'url']
          ] as const
        ).map(([key, label, placeholder, type]) => (
          <TextInput
            key={key}
            label={label}
            type={type}
            placeholder={placeholder}
            value={details[key]}
            onChange={(e) => {
              const value = e.currentTarget.value
              setDetails((d) => ({ ...d, [key]: value }))
            }}
          />
        ))}
      </SimpleGrid>
      {fileName && (aside.notes?.length || aside.links?.length) ? (
        <Stack gap={4}>
          {aside.notes?.map((note) => (
            <Text key={note} size="xs" c="dimmed">
              {note}
            </Text>
          ))}
          {aside.links?.length ? (
            <>
              <Text size="xs" c="dimmed">
                Links in the text (their addresses are kept out of it):
              </Text>
              <List size="xs" c="dimmed" data-testid="import-links">
                {aside.links.map((link, i) => (
                  <List.Item key={i}>
                    {link.text} — {link.url}
                  </List.Item>
                ))}
              </List>
            </>
          ) : null}
        </Stack>
      ) : null}
      {damaged && (
        <Alert color="yellow" role="alert" title="Damaged UTF-8">
          <Stack gap="xs">
            <Text size="sm">{damaged.message}</Text>
            <Checkbox
              label="Import it with � in place of each invalid sequence"
              checked={damaged.agreed}
              onChange={(event) => {
                const agreed = event.currentTarget.checked
                setDamaged({ ...damaged, agreed })
                if (agreed) return load(damaged.file, { replaceInvalidUtf8: true })
                setText('')
                setFileName(undefined)
                setAside({})
              }}
            />
          </Stack>
        </Alert>
      )}
      <LeftOut items={leftOut} />
    </fields.Probe>
  )
})
