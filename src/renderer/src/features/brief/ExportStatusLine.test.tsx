// The export dialog's status line while a long print page is prepared, in real Chromium: each step
// of progress shows on the line, and the brief check beside it is not rendered again for it.
import { describe, expect, it } from 'vitest'
import { act, Profiler } from 'react'
import { checkBrief } from '@shared/brief/check'
import { kurskBrief } from '@shared/brief/kursk.fixture'
import { buildBrief } from '@shared/brief/model'
import { normaliseText } from '@shared/text'
import sampleText from '../../../../../resources/samples/dprk-kursk.txt?raw'
import { themedRoot } from '../../test-support/mount'
import { BriefCheck } from './BriefCheck'
import { ExportStatusLine, progressLine } from './ExportStatusLine'
import type { ExportStatus } from './export-outcome'

const issues = checkBrief(buildBrief(kurskBrief(normaliseText(sampleText))))

describe('the export status line', () => {
  it('shows each step of progress, then the outcome, without rendering the brief check again', async () => {
    const progress = progressLine()
    const checkCommits: string[] = []
    const shown = themedRoot()
    const render = (status: ExportStatus | null) =>
      shown.render(
        <>
          <Profiler id="check" onRender={(_id, phase) => checkCommits.push(phase)}>
            <BriefCheck
              warnings={issues.filter((i) => i.severity === 'warning')}
              notes={issues.filter((i) => i.severity === 'info')}
              loading={false}
              onShowSentence={() => {}}
            />
          </Profiler>
          <ExportStatusLine status={status} progress={progress} />
        </>
      )
    await act(async () => render(null))
    const line = shown.host.querySelector('[data-testid="export-status"]')!
    expect(line.textContent).toBe('')
    const mounted = checkCommits.length

    for (let done = 1; done <= 25; done++) {
      act(() => progress.set(`Preparing the page… ${Math.round((100 * done) / 25)}%`))
      expect(line.textContent).toBe(`Preparing the page… ${Math.round((100 * done) / 25)}%`)
    }
    expect(checkCommits).toHaveLength(mounted)

    await act(async () => {
      progress.set(null)
      render({ tone: 'unknown', text: 'The print dialog was closed.' })
    })
    expect(line.textContent).toBe('The print dialog was closed.')
  })
})
