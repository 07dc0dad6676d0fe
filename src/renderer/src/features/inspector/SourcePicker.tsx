// Pick the sentence's source from the registry, or create it with the explicit "Create source"
// option; the same field, as "Add source", adds a further source after those the sentence has. The field opens empty, so what the analyst types is a whole name, never an addition to
// the current one; Enter picks a source the registry knows by that name or alias, and never
// creates one by accident.
import { useMemo, useRef, useState } from 'react'
import { Combobox, InputBase, useCombobox } from '@mantine/core'
import type { Source } from '@shared/model'
import { matchesName } from '@shared/sources/fold'
import { guessSourceKind } from '@shared/sources/names'
import { isNamed, normaliseSourceName } from '../../db/sources'
import { SOURCE_FIELD_ID } from './field-ids'

const CREATE = '\u0000create'

interface SourcePickerProps {
  sources: Map<string, Source>
  value: Source | undefined
  onPick: (source: Source) => void
  onCreate: (name: string) => void
  /** The field's label and id: the primary source's ("Source") unless given. */
  label?: string
  fieldId?: string
  placeholder?: string
  /** Sources not offered (those the sentence already cites, when adding one). */
  exclude?: ReadonlySet<string>
}

export function SourcePicker({
  sources,
  value,
  onPick,
  onCreate,
  label = 'Source',
  fieldId = SOURCE_FIELD_ID,
  placeholder = 'Who says so? Type to find or create',
  exclude
}: SourcePickerProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() })
  // null while the field is not being edited: it then shows the current source's name.
  const [search, setSearch] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  // Once a source is chosen the keyboard goes back to the reader, ready for the grade.
  const done = () => {
    setSearch(null)
    combobox.closeDropdown()
    input.current?.blur()
  }
  const pick = (source: Source) => {
    if (source.id !== value?.id) onPick(source)
    done()
  }

  // Found by part of any name, whatever its case and accents, as in the registry's search.
  const matches = useMemo(
    () => [...sources.values()].filter((s) => !exclude?.has(s.id) && matchesName(s, search ?? '')),
    [sources, search, exclude]
  )
  const typed = normaliseSourceName(search ?? '')
  const known = [...sources.values()].find((s) => isNamed(s, typed))
  const guess = typed && !known ? guessSourceKind(typed) : undefined

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(option) => {
        if (option === CREATE) {
          onCreate(typed)
          done()
        } else {
          const source = sources.get(option)
          if (source) pick(source)
        }
      }}
    >
      <Combobox.Target>
        <InputBase
          ref={input}
          id={fieldId}
          label={label}
          placeholder={value ? value.name : placeholder}
          description={
            typed && !known
              ? `New name: choose “Create source” (↓ then Enter) to add it${guess ? `; kind guessed: ${guess}` : ''}`
              : undefined
          }
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          value={search ?? value?.name ?? ''}
          onChange={(event) => {
            combobox.openDropdown()
            // Arrow keys choose an option; until then Enter means the name typed.
            combobox.resetSelectedOption()
            setSearch(event.currentTarget.value)
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => {
            setSearch('')
            combobox.openDropdown()
          }}
          onBlur={() => {
            combobox.closeDropdown()
            setSearch(null)
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || combobox.selectedOptionIndex >= 0) return
            event.preventDefault()
            // A new name is created only from its explicit option, never by Enter alone.
            if (known) pick(known)
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
          {matches.map((source) => (
            <Combobox.Option value={source.id} key={source.id} active={source.id === value?.id}>
              {source.name} <small>({source.reliability ?? 'not graded'})</small>
            </Combobox.Option>
          ))}
          {typed && !known && <Combobox.Option value={CREATE}>+ Create source “{typed}”</Combobox.Option>}
          {!typed && matches.length === 0 && <Combobox.Empty>No sources yet: type a name</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  )
}
