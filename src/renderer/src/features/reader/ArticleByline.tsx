// Where the article comes from, under its title: outlet, author, date, address, origin; and the
// way to correct those details after import.
import { useState } from 'react'
import { Button, Group, Text } from '@mantine/core'
import type { Article } from '@shared/model'
import { EditArticleDialog } from '../../components/lazy-panels'

export function ArticleByline({ article }: { article: Article }) {
  const [editing, setEditing] = useState(false)
  const origin =
    article.origin.kind === 'sample'
      ? 'Bundled sample'
      : article.origin.fileName
        ? `Imported from ${article.origin.fileName}`
        : 'Pasted'
  const parts = [article.outlet, article.author, article.publishedAt, article.url, origin].filter(Boolean)
  return (
    <Group gap={6} mt={2} wrap="nowrap" align="baseline">
      <Text size="xs" c="dimmed" data-testid="article-byline" style={{ overflowWrap: 'anywhere' }}>
        {parts.join(' · ')}
      </Text>
      <Button variant="subtle" size="compact-xs" style={{ flexShrink: 0 }} onClick={() => setEditing(true)}>
        Edit details
      </Button>
      {editing && <EditArticleDialog key={article.id} article={article} onClose={() => setEditing(false)} />}
    </Group>
  )
}
