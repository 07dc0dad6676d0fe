// The library by case: each case with its articles beneath it, and a way to start a new one.
import { Button, NavLink, Stack, Text } from '@mantine/core'
import { useArticleSummaries, useCases } from '../../db/hooks'

interface CaseListProps {
  selectedCaseId: string | null
  selectedArticleId: string | null
  onOpenCase: (caseId: string) => void
  onOpenArticle: (articleId: string) => void
  onNewCase: () => void
}

export function CaseList(props: CaseListProps) {
  const { selectedCaseId, selectedArticleId, onOpenCase, onOpenArticle, onNewCase } = props
  const cases = useCases()
  const articles = useArticleSummaries()
  if (!cases || !articles) return null
  const titles = new Map(articles.map((a) => [a.id, a.title]))
  return (
    <Stack gap="xs">
      <Button variant="light" onClick={onNewCase}>
        New case
      </Button>
      {cases.length === 0 && (
        <Text size="sm" c="dimmed" p="sm">
          No cases yet. A case briefs several articles together: make one with New case.
        </Text>
      )}
      <Stack gap={2} component="nav" aria-label="Cases">
        {cases.map((c) => {
          const present = c.articleIds.filter((id) => titles.has(id))
          return (
            <NavLink
              key={c.id}
              component="button"
              label={c.name}
              description={`${present.length} article${present.length === 1 ? '' : 's'}`}
              active={c.id === selectedCaseId}
              aria-current={c.id === selectedCaseId ? 'page' : undefined}
              data-case-id={c.id}
              opened
              onClick={() => onOpenCase(c.id)}
              childrenOffset="sm"
            >
              {present.map((id) => (
                <NavLink
                  key={id}
                  component="button"
                  label={titles.get(id)}
                  active={selectedCaseId === null && id === selectedArticleId}
                  data-article-id={id}
                  onClick={() => onOpenArticle(id)}
                />
              ))}
            </NavLink>
          )
        })}
      </Stack>
    </Stack>
  )
}
