// Light, dark, or the system's choice (the default): Mantine's colour schemes, kept on this machine.
import { Button, Menu } from '@mantine/core'
import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core'

const CHOICES: { value: MantineColorScheme; label: string }[] = [
  { value: 'auto', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' }
]

export function ColorSchemeMenu() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          aria-label="Colour scheme"
          title="Colour scheme: light, dark or the system’s"
        >
          {/* Half light, half dark: the same mark in either scheme. */}◐
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Colour scheme</Menu.Label>
        {CHOICES.map((choice) => (
          <Menu.Item
            key={choice.value}
            // Mantine's items are menuitems: the chosen one is marked as the current one.
            aria-current={colorScheme === choice.value ? 'true' : undefined}
            leftSection={<span aria-hidden="true">{colorScheme === choice.value ? '✓' : ''}</span>}
            onClick={() => setColorScheme(choice.value)}
          >
            {choice.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
