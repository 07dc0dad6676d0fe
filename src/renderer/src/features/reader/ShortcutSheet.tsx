// The keyboard shortcuts, on `?`.
import { Group, Kbd, Modal, Table, Text } from '@mantine/core'
import { SHORTCUT_SHEET } from './shortcuts'

export function ShortcutSheet({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {SHORTCUT_SHEET.map(({ keys, action }) => (
            <Table.Tr key={action}>
              <Table.Td w={180}>
                <Group gap={4} wrap="nowrap">
                  {keys.map((k, i) => (k === '–' ? <Text key={i}>–</Text> : <Kbd key={i}>{k}</Kbd>))}
                </Group>
              </Table.Td>
              <Table.Td>{action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  )
}
