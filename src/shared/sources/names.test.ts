import { describe, expect, it } from 'vitest'
import { cleanSourceName, guessSourceKind } from './names'

describe('cleanSourceName', () => {
  it('drops a leading article from a new name', () => {
    expect(cleanSourceName('a Ukrainian military official')).toBe('Ukrainian military official')
    expect(cleanSourceName('the Russian military')).toBe('Russian military')
    expect(cleanSourceName('An adviser to the president')).toBe('adviser to the president')
    expect(cleanSourceName('The  Ministry of Defence')).toBe('Ministry of Defence')
  })

  it('keeps the article that is part of the name', () => {
    expect(cleanSourceName('The Hague')).toBe('The Hague')
    expect(cleanSourceName('The New York Times')).toBe('The New York Times')
    expect(cleanSourceName('the Kyiv Independent')).toBe('The Kyiv Independent')
  })

  it('leaves names without an article, and words that only begin like one, alone', () => {
    expect(cleanSourceName('CNN')).toBe('CNN')
    expect(cleanSourceName('Theodore Roosevelt')).toBe('Theodore Roosevelt')
    expect(cleanSourceName('Anadolu Agency')).toBe('Anadolu Agency')
    expect(cleanSourceName('A')).toBe('A')
  })
})

describe('guessSourceKind', () => {
  it('takes outlets and news agencies for media', () => {
    expect(guessSourceKind('CNN')).toBe('media')
    expect(guessSourceKind('Reuters')).toBe('media')
    expect(guessSourceKind('The New York Times')).toBe('media')
    expect(guessSourceKind('Anadolu Agency')).toBe('media')
  })

  it('takes ministries, governments and officials for government', () => {
    expect(guessSourceKind('Ministry of Defence')).toBe('government')
    expect(guessSourceKind('Ukrainian officials')).toBe('government')
    expect(guessSourceKind('Swedish government')).toBe('government')
    expect(guessSourceKind('Kremlin spokesman')).toBe('government')
  })

  it('takes armed forces for military, before the government words they may hold', () => {
    expect(guessSourceKind('Armed Forces of Ukraine')).toBe('military')
    expect(guessSourceKind('Russian military')).toBe('military')
    expect(guessSourceKind('Ukrainian military official')).toBe('military')
    expect(guessSourceKind('South Korean army')).toBe('military')
  })

  it('guesses nothing when the name says nothing of its kind', () => {
    expect(guessSourceKind('Volodymyr Zelenskyy')).toBeUndefined()
    expect(guessSourceKind('Ukrenergo')).toBeUndefined()
    expect(guessSourceKind('The Hague')).toBeUndefined()
    expect(guessSourceKind('people familiar with the matter')).toBeUndefined()
    expect(guessSourceKind('')).toBeUndefined()
  })

  it('does not read a kind word inside another word', () => {
    expect(guessSourceKind('Postnikov')).toBeUndefined()
    expect(guessSourceKind('Armyanskaya Ltd')).toBeUndefined()
  })
})
