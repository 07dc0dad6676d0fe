import { describe, expect, it } from 'vitest'
import { readChosenFiles } from './chosen-files'

/** What Chromium rejects a read with when the picked file is gone from the disk. */
const GONE = 'A requested file or directory could not be found at the time an operation was processed.'

/** A picked file whose bytes the browser can no longer read, as one deleted after the pick. */
function goneFile(name: string): File {
  const file = new File(['Odesa port reopens.'], name, { type: 'text/plain' })
  file.arrayBuffer = () => Promise.reject(new DOMException(GONE, 'NotFoundError'))
  return file
}

describe('readChosenFiles', () => {
  it('reads each file picked, in order', async () => {
    const chosen = await readChosenFiles([
      new File(['Kyiv'], 'kyiv.txt', { type: 'text/plain' }),
      new File(['Odesa'], 'odesa.txt', { type: 'text/plain' })
    ])
    expect(chosen.map((c) => ('bytes' in c ? new TextDecoder().decode(c.bytes) : c.refusal))).toEqual([
      'Kyiv',
      'Odesa'
    ])
  })

  it('refuses a file the browser cannot read by its name and reason, and reads the others', async () => {
    const chosen = await readChosenFiles([
      goneFile('odesa.txt'),
      new File(['Kyiv'], 'kyiv.txt', { type: 'text/plain' })
    ])
    expect(chosen).toEqual([
      { fileName: 'odesa.txt', refusal: `odesa.txt could not be read: ${GONE}` },
      { fileName: 'kyiv.txt', bytes: new TextEncoder().encode('Kyiv') }
    ])
  })
})
