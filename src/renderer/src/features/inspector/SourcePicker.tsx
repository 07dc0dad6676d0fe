// Pick the sentence's source from the registry, or create it by typing a new name.
import { useMemo, useRef, useState } from 'react'
import { Combobox, InputBase, useCombobox } from '@mantine/core'
import type { Source } from '@shared/model'
import { SOURCE_FIELD_ID } from './field-ids'

const CREATE = '\u0000create'

interface SourcePickerProps {
  sources: Map<string, Source>
  value: Source | undefined
  onPick: (source: Source) => void
  onCreate: (name: string) => void
}

export function SourcePicker({ sources, value, onPick, onCreate }: SourcePickerProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() })
  const [search, setSearch] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  // Once a source is chosen the keyboard goes back to the reader, ready for the grade.
  const done = () => {
    setSearch(null)
    combobox.closeDropdown()
    input.current?.blur()
  }
  const shown = search ?? value?.name ?? ''

  const matches = useMemo(() => {
    const needle = (search ?? '').trim().toLocaleLowerCase()
    return [...sources.values()].filter(
      (s) =>
        !needle ||
        s.name.toLocaleLowerCase().includes(needle) ||
        s.aliases.some((a) => a.toLocaleLowerCase().includes(needle))
    )
  }, [sources, search])
  const typed = (search ?? '').trim()
  const exact = matches.some((s) => s.name.toLocaleLowerCase() === typed.toLocaleLowerCase())

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(option) => {
        if (option === CREATE) onCreate(typed)
        else {
          const source = sources.get(option)
          if (source) onPick(source)
        }
        done()
      }}
    >
      <Combobox.Target>
        <InputBase
          ref={input}
          id={SOURCE_FIELD_ID}
          label="Source"
          placeholder="Who says so? Type to find or create"
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          value={shown}
          onChange={(event) => {
            combobox.openDropdown()
            combobox.updateSelectedOptionIndex()
            setSearch(event.currentTarget.value)
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown()
            setSearch(null)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && typed && !exact && combobox.selectedOptionIndex < 0) {
              event.preventDefault()
              onCreate(typed)
              done()
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
          {matches.map((source) => (
            <Combobox.Option value={source.id} key={source.id} active={source.id === value?.id}>
              {source.name} <small>({source.reliability})</small>
            </Combobox.Option>
          ))}
          {typed && !exact && <Combobox.Option value={CREATE}>+ Create source “{typed}”</Combobox.Option>}
          {!typed && matches.length === 0 && <Combobox.Empty>No sources yet: type a name</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  )
}
