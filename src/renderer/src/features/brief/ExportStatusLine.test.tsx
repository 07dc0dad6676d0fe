// The export dialog's status line while a long print page is prepared, in real Chromium: each step
// of progress shows on the line, and the brief check beside it is not rendered again for it.
import { afterEach, describe, expect, it } from 'vitest'
import { act, Profiler } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { checkBrief } from '@shared/brief/check'
import { kurskBrief } from '@shared/brief/kursk.fixture'
import { buildBrief } from '@shared/brief/model'
import { normaliseText } from '@shared/text'
import sampleText from '../../../../../resources/samples/dprk-kursk.txt?raw'
import { theme } from '../../theme'
import { BriefCheck } from './BriefCheck'
import { ExportStatusLine, progressLine } from './ExportStatusLine'
import type { ExportStatus } from './export-outcome'

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = host = undefined
})

const issues = checkBrief(buildBrief(kurskBrief(normaliseText(sampleText))))

describe('the export status line', () => {
  it('shows each step of progress, then the outcome, without rendering the brief check again', async () => {
    const progress = progressLine()
    const checkCommits: string[] = []
    const render = (status: ExportStatus | null) =>
      root!.render(
        <MantineProvider theme={theme}>
          <Profiler id="check" onRender={(_id, phase) => checkCommits.push(phase)}>
            <BriefCheck
              warnings={issues.filter((i) => i.severity === 'warning')}
              notes={issues.filter((i) => i.severity === 'info')}
              loading={false}
              onShowSentence={() => {}}
            />
          </Profiler>
          <ExportStatusLine status={status} progress={progress} />
        </MantineProvider>
      )
    host = document.body.appendChild(document.createElement('div'))
    await act(async () => {
      root = createRoot(host!)
      render(null)
    })
    const line = host.querySelector('[data-testid="export-status"]')!
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
