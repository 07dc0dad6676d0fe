// The library side panel, seen as a list of articles or by case; the choice is kept on this
// machine, so the library opens the way the analyst left it.
import { useState } from 'react'
import { SegmentedControl, Stack } from '@mantine/core'
import { CaseList } from '../cases/CaseList'
import { LibraryList } from './LibraryList'

export type LibraryView = 'articles' | 'cases'
const VIEW_KEY = 'sourcemark.libraryView'

function storedView(): LibraryView {
  try {
    return localStorage.getItem(VIEW_KEY) === 'cases' ? 'cases' : 'articles'
  } catch {
    return 'articles'
  }
}

interface LibraryPanelProps {
  selectedArticleId: string | null
  selectedCaseId: string | null
  onOpenArticle: (articleId: string) => void
  onOpenCase: (caseId: string) => void
  onNewCase: () => void
}

export function LibraryPanel(props: LibraryPanelProps) {
  const [view, setView] = useState<LibraryView>(storedView)
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Library view"
        value={view}
        onChange={(value) => {
          const next: LibraryView = value === 'cases' ? 'cases' : 'articles'
          setView(next)
          try {
            localStorage.setItem(VIEW_KEY, next)
          } catch {
            // Not remembered; the panel still switches.
          }
        }}
        data={[
          { value: 'articles', label: 'Articles' },
          { value: 'cases', label: 'Cases' }
        ]}
      />
      {view === 'articles' ? (
        <LibraryList
          selectedId={props.selectedCaseId ? null : props.selectedArticleId}
          onOpen={props.onOpenArticle}
        />
      ) : (
        <CaseList
          selectedCaseId={props.selectedCaseId}
          selectedArticleId={props.selectedArticleId}
          onOpenCase={props.onOpenCase}
          onOpenArticle={props.onOpenArticle}
          onNewCase={props.onNewCase}
        />
      )}
    </Stack>
  )
}
