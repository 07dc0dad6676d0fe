// The file reader's worker is kept between reads: two reads in a row use the one started ahead
// of them, and a cancelled read ends its worker, a fresh one taking the next read.
import { describe, expect, it } from 'vitest'
import { readArticleFile } from '../read-file'
import { fileReaderWorkersStarted, warmFileReader } from './reader-worker'

const page = (title: string, body: string) => ({
  fileName: `${title.toLowerCase().replace(/\W+/g, '-')}.html`,
  bytes: new TextEncoder().encode(
    `<!doctype html><html><head><title>${title}</title></head><body><article>` +
      `<p>${body}</p><p>Repair crews restored power to most of Kyiv by the morning, the city said.</p>` +
      `<p>The operator asked residents to limit their use of heavy appliances in the evening.</p>` +
      `</article></body></html>`
  )
})

/** A page Readability works on far longer than a few turns of this thread: 505 nested levels. */
const slowPage = () => ({
  fileName: 'slow.html',
  bytes: new TextEncoder().encode(
    `<!doctype html><html><head><title>Slow</title></head><body>${'<div>'.repeat(505)}` +
      `<p>The report says the grid held.</p>${'</div>'.repeat(505)}</body></html>`
  )
})

const article = async (file: { fileName: string; bytes: Uint8Array }) => {
  const outcome = await readArticleFile(file)
  if (outcome.kind !== 'article') throw new Error(`${file.fileName}: ${outcome.kind}`)
  return outcome.article
}

describe('the file reader’s worker', () => {
  it('reads two files in a row in the worker started ahead of them', async () => {
    warmFileReader()
    const before = fileReaderWorkersStarted()
    expect((await article(page('Strikes hit the grid', 'Missiles struck five regions.'))).title).toBe(
      'Strikes hit the grid'
    )
    expect((await article(page('Grid repaired', 'Crews worked through the night.'))).title).toBe(
      'Grid repaired'
    )
    expect(fileReaderWorkersStarted()).toBe(before)
  })

  it('ends the worker of a cancelled read and reads the next file in a fresh one', async () => {
    warmFileReader()
    const before = fileReaderWorkersStarted()
    const controller = new AbortController()
    const read = readArticleFile(slowPage(), { signal: controller.signal })
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0))
    controller.abort()
    await expect(read).rejects.toMatchObject({ name: 'FileReadError', reason: 'cancelled' })
    // The fresh worker is started at the cancel, not when the next read asks for one.
    expect(fileReaderWorkersStarted()).toBe(before + 1)
    const next = await article(page('After the stop', 'The next file is read as usual.'))
    expect(next.text).toContain('The next file is read as usual.')
    expect(fileReaderWorkersStarted()).toBe(before + 1)
  })

  it('reads two files at once in two workers, and keeps one for the next read', async () => {
    warmFileReader()
    const before = fileReaderWorkersStarted()
    const [a, b] = await Promise.all([
      article(page('First at once', 'One of two files read together.')),
      article(page('Second at once', 'The other of the two files.'))
    ])
    expect([a.title, b.title]).toEqual(['First at once', 'Second at once'])
    expect(fileReaderWorkersStarted()).toBe(before + 1)
    await article(page('Then one more', 'A third file after the pair.'))
    expect(fileReaderWorkersStarted()).toBe(before + 1)
  })
})
