import type { Span } from './selection-offsets.ts'

/**
 * Selecting article text from the keyboard, by sentence and by word, so a claim can be marked
 * without a mouse (WCAG 2.1.1 Keyboard). Pure: offsets into the body text in, offsets out; the
 * workspace draws the result as the page's text selection.
 *
 * Sentences and words are found with Intl.Segmenter (Unicode UAX #29), the browser's own rules;
 * a line break always ends a sentence, as the article's paragraphs do.
 */

type SentenceMove = 'next-sentence' | 'previous-sentence' | 'extend-sentence' | 'shrink-sentence'
type WordMove = 'extend-word' | 'shrink-word' | 'start-earlier-word' | 'start-later-word'
export type SelectionMove = SentenceMove | WordMove

const isSentenceMove = (move: SelectionMove): move is SentenceMove => move.endsWith('-sentence')

/** The sentences of a text, trimmed of surrounding white space, in order. */
export function sentencesOf(text: string, locale = 'en'): Span[] {
  const spans: Span[] = []
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  for (const { segment, index } of segmenter.segment(text)) {
    let start = index
    let end = index + segment.length
    while (start < end && /\s/.test(text[start] ?? '')) start++
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--
    if (end > start) spans.push({ start, end })
  }
  return spans
}

/** The index of the sentence holding `offset`, else of the first one after it (or the last one). */
function sentenceIndex(sentences: readonly Span[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sentences[mid] as Span).end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const WINDOW = 400

/** Word starts and ends near `offset` (a window of the text, so a 200 KB body is never segmented whole). */
function wordEdges(text: string, offset: number, locale: string): { starts: number[]; ends: number[] } {
  const from = Math.max(0, offset - WINDOW)
  const slice = text.slice(from, Math.min(text.length, offset + WINDOW))
  const starts: number[] = []
  const ends: number[] = []
  for (const s of new Intl.Segmenter(locale, { granularity: 'word' }).segment(slice)) {
    if (!s.isWordLike) continue
    starts.push(from + s.index)
    ends.push(from + s.index + s.segment.length)
  }
  return { starts, ends }
}

/**
 * The selection after one keyboard move. `sentences` are the body's (sentencesOf); with nothing
 * selected, the sentence moves start at `caret` (where the reader is) and the others do nothing.
 */
export function moveSelection(
  text: string,
  sentences: readonly Span[],
  current: Span | null,
  move: SelectionMove,
  caret = 0,
  locale = 'en',
): Span | null {
  if (sentences.length === 0) return current
  if (!current) return firstSelection(sentences, move, caret)
  return isSentenceMove(move)
    ? moveBySentence(sentences, current, move)
    : moveByWord(text, current, move, locale)
}

/** The sentence at index `i`, clamped to the first and last ones (`sentences` is not empty). */
function clampedSentence(sentences: readonly Span[], i: number): Span {
  return sentences[Math.min(Math.max(i, 0), sentences.length - 1)] as Span
}

/** A first selection, with nothing selected yet: the sentence moves start at `caret`. */
function firstSelection(sentences: readonly Span[], move: SelectionMove, caret: number): Span | null {
  if (move === 'next-sentence' || move === 'extend-sentence')
    return clampedSentence(sentences, sentenceIndex(sentences, caret))
  if (move === 'previous-sentence') {
    const i = sentenceIndex(sentences, caret)
    return clampedSentence(sentences, (sentences[i] as Span).start >= caret ? i - 1 : i)
  }
  return null
}

function moveBySentence(sentences: readonly Span[], current: Span, move: SentenceMove): Span {
  const sentence = (i: number) => clampedSentence(sentences, i)
  const first = sentenceIndex(sentences, current.start)
  const last = sentenceIndex(sentences, current.end - 1)
  switch (move) {
    case 'next-sentence':
      return sentence(last + 1)
    case 'previous-sentence':
      return sentence(first - 1)
    case 'extend-sentence': {
      // A selection ending inside a sentence first grows to its end, then by whole sentences.
      const here = sentence(last)
      return { start: current.start, end: here.end > current.end ? here.end : sentence(last + 1).end }
    }
    case 'shrink-sentence': {
      const previous = sentence(last - 1)
      return last > first && previous.end > current.start
        ? { start: current.start, end: previous.end }
        : current
    }
  }
}

function moveByWord(text: string, current: Span, move: WordMove, locale: string): Span {
  switch (move) {
    case 'extend-word': {
      const { ends } = wordEdges(text, current.end, locale)
      const end = ends.find((e) => e > current.end)
      return end === undefined ? current : { start: current.start, end }
    }
    case 'shrink-word': {
      const { ends } = wordEdges(text, current.end, locale)
      const end = ends.filter((e) => e < current.end && e > current.start).at(-1)
      return end === undefined ? current : { start: current.start, end }
    }
    case 'start-earlier-word': {
      const { starts } = wordEdges(text, current.start, locale)
      const start = starts.filter((s) => s < current.start).at(-1)
      return start === undefined ? current : { start, end: current.end }
    }
    case 'start-later-word': {
      const { starts } = wordEdges(text, current.start, locale)
      const start = starts.find((s) => s > current.start && s < current.end)
      return start === undefined ? current : { start, end: current.end }
    }
  }
}

/** The keys of the article text, for the shortcut help (the handler reads selectionMoveFor). */
export const SELECTION_KEYS: readonly { keys: string; description: string }[] = [
  { keys: '↓ / ↑', description: 'In the article text: select the next / previous sentence' },
  {
    keys: 'Shift+↓ / Shift+↑',
    description: 'Add the next sentence to the selection / take the last one off',
  },
  { keys: 'Shift+→ / Shift+←', description: 'Add a word at the end of the selection / take one off' },
  { keys: 'Alt+Shift+← / →', description: 'Move the start of the selection a word earlier / later' },
  { keys: 'Enter', description: 'In the article text: new claim from the selection' },
]

// The keys of the article text by modifier (Alt is only ever pressed with Shift).
const PLAIN_MOVES = new Map<string, SelectionMove>([
  ['ArrowDown', 'next-sentence'],
  ['ArrowUp', 'previous-sentence'],
])
const SHIFT_MOVES = new Map<string, SelectionMove>([
  ['ArrowDown', 'extend-sentence'],
  ['ArrowUp', 'shrink-sentence'],
  ['ArrowRight', 'extend-word'],
  ['ArrowLeft', 'shrink-word'],
])
const ALT_SHIFT_MOVES = new Map<string, SelectionMove>([
  ['ArrowLeft', 'start-earlier-word'],
  ['ArrowRight', 'start-later-word'],
])

/** The move a key press in the article text asks for, or null (the key is not ours). */
export function selectionMoveFor(event: {
  key: string
  shiftKey: boolean
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
}): SelectionMove | null {
  if (event.ctrlKey || event.metaKey) return null
  if (event.altKey && !event.shiftKey) return null
  const moves = event.altKey ? ALT_SHIFT_MOVES : event.shiftKey ? SHIFT_MOVES : PLAIN_MOVES
  return moves.get(event.key) ?? null
}

/** Where body offset `offset` is in the rendered body: a text node and an offset in it. */
export function domPoint(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const paragraphs = root.querySelectorAll<HTMLElement>('[data-start][data-end]')
  let target: HTMLElement | null = null
  for (const p of paragraphs) {
    const start = Number(p.dataset.start)
    const end = Number(p.dataset.end)
    if (offset < start) {
      // In the gap before this paragraph (a line break): its start.
      target ??= p
      if (target === p) return firstText(p)
      break
    }
    target = p
    if (offset <= end) break
  }
  if (!target) return null
  let left = Math.min(offset, Number(target.dataset.end)) - Number(target.dataset.start)
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT)
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return { node, offset: left }
    left -= node.length
    last = node
  }
  return last ? { node: last, offset: last.length } : null
}

function firstText(element: HTMLElement): { node: Node; offset: number } {
  const node = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()
  return node ? { node, offset: 0 } : { node: element, offset: 0 }
}
