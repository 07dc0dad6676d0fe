// The inspector of an article opened, in real Chromium over a real library: the commit that first
// shows it holds only the sentence's heading, and no render of the inspector follows inside it
// (its Mantine parts set state as they mount, which React renders at once within that commit);
// its parts come in commits of their own, the page painted between them, and the inspector says
// when its fields are all in: a key that focuses one of them meanwhile waits for it. Renders and
// commits are counted, never timed.
import { afterAll, afterEach, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { Profiler, useState, type ProfilerOnRenderCallback } from 'react'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { themedRoot, unmountAll } from '../../test-support/mount'
import { useWorkspace, type Workspace } from '../reader/use-workspace'
import { Inspector as LazyInspector, whenInspectorShown } from '../../components/lazy-panels'
import { Inspector } from './Inspector'
import { NOTE_FIELD_ID, SOURCE_FIELD_ID } from './field-ids'

const noop = () => undefined

/** Of each commit of the inspector: its phase, whether it came inside an earlier commit's task, what the page held. */
interface Commit {
  phase: string
  inside: boolean
  heading: boolean
  grades: boolean
  links: boolean
  judgments: boolean
}
const commits: Commit[] = []
/** What the inspector said of its fields, and what the page held then. */
const fieldsShown: { shown: boolean; source: boolean; note: boolean }[] = []
let inTask = false
/** Called with each commit of the inspector as it is recorded. */
let onCommit: (commit: Commit) => void = noop

const probe: ProfilerOnRenderCallback = (_id, phase) => {
  // A render flushed inside a commit comes before any microtask queued in that commit.
  const inside = inTask
  if (!inTask) {
    inTask = true
    queueMicrotask(() => (inTask = false))
  }
  const region = document.querySelector('[aria-label="Inspector"]')
  const commit: Commit = {
    phase,
    inside,
    heading: /Sentence 1 of/.test(region?.textContent ?? ''),
    grades: /Of this information \(keys 1–6\)/.test(region?.textContent ?? ''),
    links: Boolean(region?.querySelector('[data-testid="corroboration-status"]')),
    judgments: Boolean(region?.querySelector('[aria-label="Key judgments"]'))
  }
  commits.push(commit)
  onCommit(commit)
}

let open: (articleId: string) => void = noop

/** The workbench's inspector, as App renders it: its code fetched on demand, telling the keys. */
function WorkbenchInspector({ workspace }: { workspace: Workspace }) {
  return (
    <LazyInspector
      workspace={workspace}
      sentence={workspace.sentences[0]}
      onError={noop}
      onJudgmentStarted={noop}
      onOpenJudgment={noop}
      onOpenRegistry={noop}
    />
  )
}

function Workbench({ first, lazy = false }: { first: string; lazy?: boolean }) {
  const [articleId, setArticleId] = useState(first)
  open = setArticleId
  const workspace = useWorkspace(articleId)
  // As the workbench does: no inspector while the article is read.
  if (!workspace) return null
  return (
    <Profiler id="inspector" onRender={probe}>
      {lazy ? (
        <WorkbenchInspector workspace={workspace} />
      ) : (
        <Inspector
          workspace={workspace}
          sentence={workspace.sentences[0]}
          onError={noop}
          onJudgmentStarted={noop}
          onOpenJudgment={noop}
          onOpenRegistry={noop}
          onFieldsShown={(shown) =>
            fieldsShown.push({
              shown,
              source: document.getElementById(SOURCE_FIELD_ID) !== null,
              note: document.getElementById(NOTE_FIELD_ID) !== null
            })
          }
        />
      )}
    </Profiler>
  )
}

afterEach(() => {
  // Unmounted before the records are emptied: the inspector, going away, says its fields left.
  unmountAll()
  commits.length = fieldsShown.length = 0
  onCommit = noop
})
afterAll(() => db.delete())

async function imported(title: string): Promise<string> {
  const text =
    `${title} ${crypto.randomUUID()}\n\n` +
    'North Korean troops left the Kursk region, Ukrainian officials said. ' +
    'Russian state media denied the report.\n'
  const outcome = await importArticle(db, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome.articleId
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

/** Until the last part is in, its history read, and the inspector commits no more. */
async function allIn() {
  await expect.element(page.getByRole('group', { name: 'Key judgments' })).toBeInTheDocument()
  await expect.element(page.getByText('History of this sentence (0)')).toBeInTheDocument()
  for (let quiet = 0; quiet < 5;) {
    const before = commits.length
    await frame()
    quiet = commits.length === before ? quiet + 1 : 0
  }
}

/**
 * Two articles imported, the workbench shown on the first with its inspector all in; the second's
 * id. Not rendered within act, which would render every later update in the same task.
 */
async function twoArticlesShown({ lazy = false } = {}): Promise<string> {
  const first = await imported('Kursk withdrawal')
  const second = await imported('Border camps')
  themedRoot().render(<Workbench first={first} lazy={lazy} />)
  await allIn()
  return second
}

it('shows an article’s inspector a part at a time, none of it rendered again inside the commit that first shows it', async () => {
  const second = await twoArticlesShown()
  expect(fieldsShown).toEqual([{ shown: true, source: true, note: true }])

  // Another article opened: the inspector is mounted again once it is read, as in the workbench.
  commits.length = fieldsShown.length = 0
  open(second)
  await expect.poll(() => commits.some((c) => c.phase === 'mount')).toBe(true)
  await allIn()

  const mount = commits.findIndex((c) => c.phase === 'mount')
  // The commit that mounts it shows the sentence's heading and none of its parts.
  expect(commits[mount]).toMatchObject({ heading: true, grades: false, links: false, judgments: false })
  // Nothing renders inside that commit: the next commit comes in a task of its own.
  expect(commits[mount + 1]).toMatchObject({ inside: false })
  // The grades first, then the links, then the key judgments, each in a later commit.
  const grades = commits.findIndex((c) => c.grades)
  const links = commits.findIndex((c) => c.links)
  const judgments = commits.findIndex((c) => c.judgments)
  expect(mount).toBeLessThan(grades)
  expect(grades).toBeLessThan(links)
  expect(links).toBeLessThan(judgments)
  // Told they left with the article, then that they are back once all are in the page.
  expect(fieldsShown.map((f) => f.shown)).toEqual([false, true])
  expect(fieldsShown[1]).toEqual({ shown: true, source: true, note: true })
})

it('runs a focus asked for while an article’s inspector comes once its fields are in', async () => {
  const second = await twoArticlesShown({ lazy: true })

  // Asked for (as the note key asks) in the commit that mounts the next article's inspector.
  let noteWhenAsked: boolean | undefined
  const noteWhenRun: boolean[] = []
  onCommit = (commit) => {
    if (commit.phase !== 'mount' || noteWhenAsked !== undefined) return
    noteWhenAsked = document.getElementById(NOTE_FIELD_ID) !== null
    whenInspectorShown(() => noteWhenRun.push(document.getElementById(NOTE_FIELD_ID) !== null))
  }
  open(second)
  await expect.poll(() => noteWhenAsked).toBe(false)
  await allIn()
  expect(noteWhenRun).toEqual([true])
})
