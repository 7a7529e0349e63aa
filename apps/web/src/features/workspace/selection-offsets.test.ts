import { describe, expect, it } from 'vitest'
import { boundaryOffset, locateQuote, type NodeLike, selectionSpan, trimSpan } from './selection-offsets.ts'

// A tiny stand-in for the DOM: elements with attributes and children, text nodes with a value.
interface FakeNode extends NodeLike {
  parentNode: FakeNode | null
  childNodes: FakeNode[]
}

function text(value: string): FakeNode {
  return { nodeType: 3, nodeValue: value, parentNode: null, childNodes: [] }
}

function el(attributes: Record<string, string | number>, ...children: FakeNode[]): FakeNode {
  const node: FakeNode = {
    nodeType: 1,
    nodeValue: null,
    parentNode: null,
    childNodes: children,
    getAttribute: (name) => (name in attributes ? String(attributes[name]) : null),
  }
  for (const child of children) child.parentNode = node
  return node
}

// Body: "Title\n\nHan Dong has “thrown” 🙂 in the towel.\nSecond para."
const body = 'Title\n\nHan Dong has “thrown” 🙂 in the towel.\nSecond para.'
const p1Start = body.indexOf('Han')
const p1End = body.indexOf('\nSecond')
const p2Start = body.indexOf('Second')

// The first paragraph drawn with a highlight on "Dong has" (mark > handle span > text).
const before = text('Han ')
const marked = text('Dong has')
const handle = el({ role: 'button' }, marked)
const mark = el({}, handle)
const after = text(' “thrown” 🙂 in the towel.')
const p1 = el({ 'data-start': p1Start, 'data-end': p1End }, before, mark, after)
const second = text('Second para.')
const p2 = el({ 'data-start': p2Start, 'data-end': body.length }, second)
const root = el({}, p1, p2)
const outside = text('elsewhere')
el({}, root, outside)

describe('boundaryOffset', () => {
  it('counts from the paragraph’s start in the body, across highlights', () => {
    expect(boundaryOffset(root, before, 0)).toBe(p1Start)
    expect(boundaryOffset(root, marked, 0)).toBe(body.indexOf('Dong'))
    expect(boundaryOffset(root, marked, 4)).toBe(body.indexOf(' has'))
    expect(boundaryOffset(root, after, 1)).toBe(body.indexOf('“thrown'))
    expect(boundaryOffset(root, second, 6)).toBe(body.indexOf(' para.'))
  })

  it('counts UTF-16 code units, as anchors do (the emoji is two)', () => {
    const inAfter = ' “thrown” 🙂 in'.length
    expect(boundaryOffset(root, after, inAfter)).toBe(body.indexOf(' the towel'))
  })

  it('reads element boundaries (before the n-th child)', () => {
    expect(boundaryOffset(root, p1, 1)).toBe(body.indexOf('Dong'))
    expect(boundaryOffset(root, p1, 3)).toBe(p1End)
    expect(boundaryOffset(root, mark, 0)).toBe(body.indexOf('Dong'))
  })

  it('places a point between paragraphs at the start of the next one, or the end of the last', () => {
    expect(boundaryOffset(root, root, 1)).toBe(p2Start)
    expect(boundaryOffset(root, root, 2)).toBe(body.length)
  })

  it('gives null outside the body', () => {
    expect(boundaryOffset(root, outside, 2)).toBeNull()
    expect(boundaryOffset(root, null, 0)).toBeNull()
  })
})

describe('selectionSpan', () => {
  it('orders the ends whatever the direction of the drag', () => {
    const span = { start: body.indexOf('Dong'), end: body.indexOf(' “thrown') }
    expect(
      selectionSpan(root, { anchorNode: marked, anchorOffset: 0, focusNode: after, focusOffset: 0 }),
    ).toEqual(span)
    expect(
      selectionSpan(root, { anchorNode: after, anchorOffset: 0, focusNode: marked, focusOffset: 0 }),
    ).toEqual(span)
  })

  it('spans paragraphs, with the break between them', () => {
    const span = selectionSpan(root, {
      anchorNode: after,
      anchorOffset: 1,
      focusNode: second,
      focusOffset: 6,
    })
    expect(span && body.slice(span.start, span.end)).toBe('“thrown” 🙂 in the towel.\nSecond')
  })

  it('is null when collapsed or leaving the body', () => {
    expect(
      selectionSpan(root, { anchorNode: marked, anchorOffset: 2, focusNode: marked, focusOffset: 2 }),
    ).toBeNull()
    expect(
      selectionSpan(root, { anchorNode: marked, anchorOffset: 0, focusNode: outside, focusOffset: 3 }),
    ).toBeNull()
  })
})

describe('trimSpan', () => {
  it('drops white space at both ends, and nothing else', () => {
    expect(trimSpan('  Dong has \n', { start: 0, end: 12 })).toEqual({ start: 2, end: 10 })
    expect(trimSpan('Dong', { start: 0, end: 4 })).toEqual({ start: 0, end: 4 })
    expect(trimSpan('   ', { start: 0, end: 3 })).toBeNull()
  })
})

describe('locateQuote', () => {
  const t = 'Global News reported. Later, CTV reported it too. Global News reported again.'
  it('finds the first occurrence, or the one nearest to a position', () => {
    expect(locateQuote(t, 'reported')).toEqual({ start: 12, end: 20, count: 3 })
    expect(locateQuote(t, ' reported ', t.indexOf('again'))).toMatchObject({
      start: t.lastIndexOf('reported'),
      count: 3,
    })
  })

  it('is null for words not in the text or nothing at all', () => {
    expect(locateQuote(t, 'denied')).toBeNull()
    expect(locateQuote(t, '  ')).toBeNull()
  })
})
