// Where the article comes from, under its title: outlet, author, date, address, origin.
import { Text } from '@mantine/core'
import type { Article } from '@shared/model'

export function ArticleByline({ article }: { article: Article }) {
  const origin =
    article.origin.kind === 'sample'
      ? 'Bundled sample'
      : article.origin.fileName
        ? `Imported from ${article.origin.fileName}`
        : 'Pasted'
  const parts = [article.outlet, article.author, article.publishedAt, article.url, origin].filter(Boolean)
  return (
    <Text size="xs" c="dimmed" mt={2} data-testid="article-byline" style={{ overflowWrap: 'anywhere' }}>
      {parts.join(' · ')}
    </Text>
  )
}
