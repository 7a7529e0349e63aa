import { describe, expect, it } from 'vitest'
import { moveSelection, selectionMoveFor, sentencesOf } from './keyboard-selection.ts'

const text =
  'Han Dong left the caucus. He denies the allegations.\nGlobal News reported it, citing sources. Nobody else did.'
const sentences = sentencesOf(text)
const words = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null)

describe('selecting article text from the keyboard', () => {
  it('splits the text into trimmed sentences, a line break ending one', () => {
    expect(sentences.map(words)).toEqual([
      'Han Dong left the caucus.',
      'He denies the allegations.',
      'Global News reported it, citing sources.',
      'Nobody else did.',
    ])
  })

  it('moves sentence by sentence, starting where the reader is', () => {
    const first = moveSelection(text, sentences, null, 'next-sentence')
    expect(words(first)).toBe('Han Dong left the caucus.')
    const second = moveSelection(text, sentences, first, 'next-sentence')
    expect(words(second)).toBe('He denies the allegations.')
    expect(words(moveSelection(text, sentences, second, 'previous-sentence'))).toBe(
      'Han Dong left the caucus.',
    )
    expect(words(moveSelection(text, sentences, null, 'next-sentence', text.indexOf('Global')))).toBe(
      'Global News reported it, citing sources.',
    )
    // The last sentence stays the last.
    const last = sentences.at(-1) ?? null
    expect(moveSelection(text, sentences, last, 'next-sentence')).toEqual(last)
  })

  it('extends and shrinks by sentence and by word', () => {
    const first = moveSelection(text, sentences, null, 'next-sentence')
    const two = moveSelection(text, sentences, first, 'extend-sentence')
    expect(words(two)).toBe('Han Dong left the caucus. He denies the allegations.')
    expect(words(moveSelection(text, sentences, two, 'shrink-sentence'))).toBe('Han Dong left the caucus.')
    const start = text.indexOf('Global')
    const one = { start, end: start + 'Global'.length }
    const more = moveSelection(text, sentences, one, 'extend-word')
    expect(words(more)).toBe('Global News')
    expect(words(moveSelection(text, sentences, more, 'extend-word'))).toBe('Global News reported')
    expect(words(moveSelection(text, sentences, more, 'shrink-word'))).toBe('Global')
    expect(words(moveSelection(text, sentences, more, 'start-later-word'))).toBe('News')
    expect(words(moveSelection(text, sentences, one, 'start-earlier-word'))).toBe('allegations.\nGlobal')
  })

  it('reads the keys: arrows move, Shift extends, Alt+Shift moves the start', () => {
    const key = (
      key: string,
      mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
    ) => selectionMoveFor({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods })
    expect(key('ArrowDown')).toBe('next-sentence')
    expect(key('ArrowDown', { shiftKey: true })).toBe('extend-sentence')
    expect(key('ArrowRight', { shiftKey: true })).toBe('extend-word')
    expect(key('ArrowLeft', { shiftKey: true, altKey: true })).toBe('start-earlier-word')
    expect(key('ArrowRight')).toBeNull()
    expect(key('ArrowDown', { ctrlKey: true })).toBeNull()
  })
})
