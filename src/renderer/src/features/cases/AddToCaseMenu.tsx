// Beside the open article: the cases it is in (each opens its case), and "Add to case…" to put
// it in another case or a new one.
import { Anchor, Button, Group, Menu, Text } from '@mantine/core'
import { db, serially } from '../../db'
import { addArticleToCase } from '../../db/cases'
import { useCases } from '../../db/hooks'
import { failure } from './case-actions'

interface AddToCaseMenuProps {
  articleId: string
  onOpenCase: (caseId: string) => void
  onNewCase: () => void
  onAdded: (message: string) => void
  onError: (message: string) => void
}

export function AddToCaseMenu({ articleId, onOpenCase, onNewCase, onAdded, onError }: AddToCaseMenuProps) {
  // Drawn while the cases are read, so that the text below does not move when they come.
  const cases = useCases() ?? []
  const member = cases.filter((c) => c.articleIds.includes(articleId))
  const others = cases.filter((c) => !c.articleIds.includes(articleId))
  return (
    <Group gap={6} wrap="wrap" align="baseline" data-testid="article-cases">
      {member.length > 0 && (
        <Text size="xs" c="dimmed">
          In case{member.length === 1 ? '' : 's'}:{' '}
          {member.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <Anchor component="button" type="button" size="xs" onClick={() => onOpenCase(c.id)}>
                {c.name}
              </Anchor>
            </span>
          ))}
        </Text>
      )}
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="compact-xs">
            Add to case…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {others.map((c) => (
            <Menu.Item
              key={c.id}
              onClick={() =>
                serially(() => addArticleToCase(db, c.id, articleId)).then(
                  () => onAdded(`Added to the case “${c.name}”.`),
                  (e: unknown) => onError(failure('The article was not added to the case', e))
                )
              }
            >
              {c.name}
            </Menu.Item>
          ))}
          {others.length > 0 && <Menu.Divider />}
          <Menu.Item onClick={onNewCase}>New case…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  )
}
