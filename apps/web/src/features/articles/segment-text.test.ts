import { describe, expect, it } from 'vitest'
import { activationOrder, isPlaceable, layoutParagraphs, nextInCycle, segmentText } from './segment-text.ts'

const plain = (segments: ReturnType<typeof segmentText>) => segments.map((s) => [s.text, s.claimIds])

describe('segmentText', () => {
  it('returns the whole text as one uncovered segment when there are no claims', () => {
    expect(plain(segmentText('Dong resigned.', []))).toEqual([['Dong resigned.', []]])
  })

  it('returns nothing for an empty text', () => {
    expect(segmentText('', [{ id: 'a', start: 0, end: 1 }])).toEqual([])
  })

  it('cuts around a single claim, end exclusive', () => {
    const text = 'Han Dong has thrown in the towel.'
    expect(plain(segmentText(text, [{ id: 'a', start: 4, end: 8 }]))).toEqual([
      ['Han ', []],
      ['Dong', ['a']],
      [' has thrown in the towel.', []],
    ])
  })

  it('keeps the offsets of every segment, and the segments tile the text', () => {
    const text = 'abcdefghij'
    const segments = segmentText(text, [
      { id: 'a', start: 2, end: 6 },
      { id: 'b', start: 4, end: 9 },
    ])
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 9],
      [9, 10],
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('splits crossing claims into the parts each covers, outermost claim listed first', () => {
    expect(
      plain(
        segmentText('abcdefghij', [
          { id: 'b', start: 4, end: 9 },
          { id: 'a', start: 2, end: 6 },
        ]),
      ),
    ).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a', 'b']],
      ['ghi', ['b']],
      ['j', []],
    ])
  })

  it('handles a claim nested in another, and two claims on the same words', () => {
    const text = 'Global News reported that Dong told a diplomat'
    expect(
      plain(
        segmentText(text, [
          { id: 'inner', start: 26, end: 30 },
          { id: 'outer', start: 0, end: text.length },
          { id: 'twin', start: 26, end: 30 },
        ]),
      ),
    ).toEqual([
      ['Global News reported that ', ['outer']],
      ['Dong', ['outer', 'inner', 'twin']],
      [' told a diplomat', ['outer']],
    ])
  })

  it('counts offsets in UTF-16 code units, as the anchors do', () => {
    // “ and ” are one code unit each; the emoji is two (counting code points would give 17).
    const text = '“interference” 🙂 Dong'
    const start = text.indexOf('Dong')
    expect(start).toBe(18)
    expect(plain(segmentText(text, [{ id: 'a', start, end: start + 4 }])).at(-1)).toEqual(['Dong', ['a']])
  })

  it('ignores ranges that cannot be placed in the text', () => {
    const segments = segmentText('short', [
      { id: 'past-end', start: 3, end: 9 },
      { id: 'empty', start: 2, end: 2 },
      { id: 'backwards', start: 4, end: 1 },
      { id: 'negative', start: -1, end: 2 },
    ])
    expect(plain(segments)).toEqual([['short', []]])
  })
})

describe('isPlaceable', () => {
  it('accepts a range inside the text, end exclusive', () => {
    expect(isPlaceable({ start: 0, end: 5 }, 5)).toBe(true)
    expect(isPlaceable({ start: 0, end: 6 }, 5)).toBe(false)
    expect(isPlaceable({ start: 3, end: 3 }, 5)).toBe(false)
  })
})

describe('layoutParagraphs', () => {
  const text = 'First para.\n\nSecond para.\nThird.  \n  \n\n'

  it('splits on single and blank lines and drops the breaks', () => {
    const paragraphs = layoutParagraphs(text, segmentText(text, []))
    expect(paragraphs.map((p) => p.pieces.map((x) => x.text).join(''))).toEqual([
      'First para.',
      'Second para.',
      'Third.',
    ])
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([
      [0, 11],
      [13, 25],
      [26, 32],
    ])
  })

  it('draws a claim crossing a break as one piece per paragraph, focusable on the first only', () => {
    const start = text.indexOf('para.')
    const end = text.indexOf('Second') + 'Second'.length
    const paragraphs = layoutParagraphs(text, segmentText(text, [{ id: 'a', start, end }]))
    const marked = paragraphs.flatMap((p) => p.pieces.filter((x) => x.claimIds.length > 0))
    expect(marked.map((x) => [x.text, x.claimIds, x.opensIds])).toEqual([
      ['para.', ['a'], ['a']],
      ['Second', ['a'], []],
    ])
  })

  it('opens a claim that starts inside a break on its first visible piece', () => {
    const start = text.indexOf('\n')
    const end = text.indexOf('Second') + 3
    const [first, second] = layoutParagraphs(text, segmentText(text, [{ id: 'a', start, end }]))
    expect(first?.pieces.some((x) => x.claimIds.length > 0)).toBe(false)
    expect(second?.pieces[0]).toMatchObject({ text: 'Sec', opensIds: ['a'] })
  })
})

describe('activationOrder and nextInCycle', () => {
  const ranges = [
    { id: 'outer', start: 0, end: 40 },
    { id: 'inner', start: 10, end: 14 },
    { id: 'mid', start: 10, end: 20 },
  ]

  it('puts the claims a piece opens first, innermost first, then the claims it continues', () => {
    const order = activationOrder({ claimIds: ['outer', 'mid', 'inner'], opensIds: ['mid', 'inner'] }, ranges)
    expect(order).toEqual(['inner', 'mid', 'outer'])
  })

  it('orders a continuation piece innermost first', () => {
    expect(activationOrder({ claimIds: ['outer', 'mid'], opensIds: [] }, ranges)).toEqual(['mid', 'outer'])
  })

  it('selects the first claim, then steps through the others and wraps around', () => {
    const order = ['inner', 'mid', 'outer']
    expect(nextInCycle(order, null)).toBe('inner')
    expect(nextInCycle(order, 'unrelated')).toBe('inner')
    expect(nextInCycle(order, 'inner')).toBe('mid')
    expect(nextInCycle(order, 'outer')).toBe('inner')
    expect(nextInCycle([], null)).toBeUndefined()
  })
})
