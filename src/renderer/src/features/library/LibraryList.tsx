// The side list of articles in the library, with how much of each is graded.
import { NavLink, Progress, Stack, Text } from '@mantine/core'
import { useArticleSummaries } from '../../db/hooks'

interface LibraryListProps {
  selectedId: string | null
  onOpen: (articleId: string) => void
}

export function LibraryList({ selectedId, onOpen }: LibraryListProps) {
  const articles = useArticleSummaries()
  if (!articles) return null
  if (articles.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="sm">
        The library is empty. Import an article to begin.
      </Text>
    )
  }
  return (
    <Stack gap={2} component="nav" aria-label="Library">
      {articles.map((a) => (
        <NavLink
          component="button"
          key={a.id}
          active={a.id === selectedId}
          aria-current={a.id === selectedId ? 'page' : undefined}
          onClick={() => onOpen(a.id)}
          label={a.title}
          data-article-id={a.id}
          description={
            <>
              <span data-testid="article-counts">
                {a.sentenceCount.toLocaleString('en')} sentences · {a.gradedCount.toLocaleString('en')} graded
              </span>
              {/* No width transition: it would lay the page out again in every frame for 100 ms
                  after each first grade, the frames the analyst's next key waits behind. */}
              <Progress
                mt={4}
                size="xs"
                transitionDuration={0}
                value={a.sentenceCount ? (100 * a.gradedCount) / a.sentenceCount : 0}
                aria-label={`${a.gradedCount.toLocaleString('en')} of ${a.sentenceCount.toLocaleString('en')} sentences graded`}
              />
            </>
          }
        />
      ))}
    </Stack>
  )
}
