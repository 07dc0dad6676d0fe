// Correct an article's details after import: title, outlet, author, date, address, language.
// Checked by the same rule as an import; a refused edit says which field and why, and saves nothing.
import { useState } from 'react'
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import type { Article } from '@shared/model'
import { db, serially } from '../../db'
import { updateArticleDetails, type ArticleDetails } from '../../db/articles'

/** The languages the segmenter has rules for; any other tag an article already has stays offered. */
const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'German' },
  { value: 'ru', label: 'Russian' },
  { value: 'uk', label: 'Ukrainian' }
]

type Fields = Required<ArticleDetails>

const fieldsOf = (a: Article): Fields => ({
  title: a.title,
  outlet: a.outlet ?? '',
  author: a.author ?? '',
  publishedAt: a.publishedAt ?? '',
  url: a.url ?? '',
  language: a.language
})

interface EditArticleDialogProps {
  article: Article
  onClose: () => void
}

export function EditArticleDialog({ article, onClose }: EditArticleDialogProps) {
  const [fields, setFields] = useState<Fields>(() => fieldsOf(article))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }))
  const languages = LANGUAGES.some((l) => l.value === article.language)
    ? LANGUAGES
    : [...LANGUAGES, { value: article.language, label: article.language }]

  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      await serially(() => updateArticleDetails(db, article.id, fields))
      onClose()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title="Edit article details" size="lg">
      {/* noValidate: the import rule checks the fields and names the one at fault, in words. */}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Title"
            required
            data-autofocus
            value={fields.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
          <SimpleGrid cols={2} spacing="xs">
            <TextInput
              label="Outlet"
              value={fields.outlet}
              onChange={(e) => set({ outlet: e.currentTarget.value })}
            />
            <TextInput
              label="Author"
              value={fields.author}
              onChange={(e) => set({ author: e.currentTarget.value })}
            />
            <TextInput
              label="Published"
              type="date"
              value={fields.publishedAt}
              onChange={(e) => set({ publishedAt: e.currentTarget.value })}
            />
            <TextInput
              label="URL"
              type="url"
              placeholder="https://…"
              value={fields.url}
              onChange={(e) => set({ url: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Select
            label="Language"
            description="The text’s language; its sentences stay as they are"
            allowDeselect={false}
            data={languages}
            value={fields.language}
            onChange={(language) => language && set({ language })}
            comboboxProps={{ withinPortal: false }}
          />
          {error && (
            <Alert color="red" role="alert" title="Not saved">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Save details
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
