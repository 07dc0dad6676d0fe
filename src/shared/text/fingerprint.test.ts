// The fingerprint an import computes with WebCrypto must be the one earlier imports stored: article
// ids, duplicate detection and restored backups all rest on that hex.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { articleIdOf, digestSha256Hex } from './fingerprint'
import { sha256Hex } from './sha256'

describe('digestSha256Hex', () => {
  it('gives the known SHA-256 of the empty text and of “abc”', async () => {
    expect(await digestSha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(await digestSha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
  })

  it('gives the same hex as sha256Hex for news text, accents, emoji and a lone surrogate', async () => {
    for (const text of [
      'North Korean troops have reportedly withdrawn from the Kursk region, a Ukrainian official told CNN.',
      'Sve\u0301nska Dagbladet, Müller, Київ',
      'Flags 🇺🇦 and 🇸🇪 in a post on X',
      'half a pair: \ud83c end'
    ]) {
      expect(await digestSha256Hex(text)).toBe(sha256Hex(text))
    }
  })

  it('gives the same hex as sha256Hex for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        expect(await digestSha256Hex(text)).toBe(sha256Hex(text))
      })
    )
  })
})

describe('articleIdOf', () => {
  it('makes a UUID-shaped id from the first 128 bits of the fingerprint', () => {
    expect(articleIdOf(sha256Hex('abc'))).toBe('ba7816bf-8f01-cfea-4141-40de5dae2223')
  })
})
