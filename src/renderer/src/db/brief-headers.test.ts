// Brief headers kept per article in the settings table, against real IndexedDB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from './database'
import { getBriefHeader, saveBriefHeader } from './brief-headers'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(() => db.delete())

const KURSK = {
  title: 'Kursk: where the DPRK units went',
  analyst: 'R. Okafor',
  handling: 'UNCLASSIFIED // FOR TRAINING',
  bluf: 'North Korean units have likely left the Kursk front.'
}

describe('brief headers', () => {
  it('starts from the article title, then keeps what the analyst wrote for that article', async () => {
    expect(await getBriefHeader(db, 'kursk', 'DPRK troops withdraw')).toEqual({
      title: 'Brief: DPRK troops withdraw',
      analyst: '',
      handling: '',
      bluf: ''
    })
    await saveBriefHeader(db, 'kursk', KURSK)
    expect(await getBriefHeader(db, 'kursk', 'DPRK troops withdraw')).toEqual(KURSK)
  })

  it('gives another article its own header, with the analyst and handling line last used', async () => {
    await saveBriefHeader(db, 'kursk', KURSK)
    expect(await getBriefHeader(db, 'sumy', 'Sumy evacuation')).toEqual({
      title: 'Brief: Sumy evacuation',
      analyst: 'R. Okafor',
      handling: 'UNCLASSIFIED // FOR TRAINING',
      bluf: ''
    })
  })

  it('starts afresh from a stored row it cannot read', async () => {
    await db.settings.put({ key: 'briefHeader:kursk', value: { title: 7 } })
    expect((await getBriefHeader(db, 'kursk', 'DPRK troops withdraw')).title).toBe(
      'Brief: DPRK troops withdraw'
    )
  })
})
