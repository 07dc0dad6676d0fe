// An external citation as evidence: what is cited, where it can be read, whose it is, and when it
// was read. Checked with the same rule the database applies, so the form says what is wrong.
import { useState } from 'react'
import { Button, Select, Stack, TextInput } from '@mantine/core'
import { citationTarget, citationUrlProblem, type ExternalTarget } from '@shared/corroboration'
import type { Source } from '@shared/model'

interface CitationFormProps {
  sources: ReadonlyMap<string, Source>
  /** Resolves true when the link was stored; the form then clears for the next one. */
  onAdd: (target: ExternalTarget) => Promise<boolean>
}

/** Today as the analyst's calendar has it, not UTC: a citation read at 00:30 was read today. */
function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export function CitationForm({ sources, onAdd }: CitationFormProps) {
  const [citation, setCitation] = useState('')
  const [url, setUrl] = useState('')
  const [sourceId, setSourceId] = useState<string | null>(null)
  const [accessedOn, setAccessedOn] = useState(today)
  const [error, setError] = useState<string>()
  const urlError = url.trim() ? citationUrlProblem(url.trim()) : undefined

  const submit = async () => {
    const checked = citationTarget({ citation, url, sourceId: sourceId ?? undefined, accessedOn })
    if (!checked.ok) return setError(checked.error)
    setError(undefined)
    if (await onAdd(checked.target)) {
      setCitation('')
      setUrl('')
      setSourceId(null)
      setAccessedOn(today())
    }
  }

  return (
    <Stack gap="xs" role="group" aria-label="External citation">
      <TextInput
        label="Citation"
        placeholder="Title, author or outlet, date"
        value={citation}
        onChange={(e) => setCitation(e.currentTarget.value)}
        error={error?.startsWith('Citation') ? error : undefined}
      />
      <TextInput
        label="Address"
        placeholder="https://…"
        value={url}
        onChange={(e) => setUrl(e.currentTarget.value)}
        error={urlError}
      />
      <Select
        label="Citation source"
        placeholder="From the source registry (optional)"
        searchable
        clearable
        data={[...sources.values()]
          .map((s) => ({ value: s.id, label: s.name }))
          .sort((a, b) => a.label.localeCompare(b.label))}
        value={sourceId}
        onChange={setSourceId}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        label="Accessed"
        type="date"
        value={accessedOn}
        onChange={(e) => setAccessedOn(e.currentTarget.value)}
        error={error?.startsWith('Accessed') ? error : undefined}
      />
      <Button variant="light" disabled={!citation.trim() || Boolean(urlError)} onClick={() => void submit()}>
        Add citation
      </Button>
    </Stack>
  )
}
