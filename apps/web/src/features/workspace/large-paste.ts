/**
 * Pasting a whole article into a textarea through the browser's editing commands costs seconds of
 * main-thread time: Chromium inserts a multi-line text paragraph by paragraph (a 200 KB article
 * blocked the page for over 10 s). A large insertion is instead written straight into the field
 * with setRangeText, which replaces the text in one step, and announced with an `input` event as
 * the browser's own would be, so React and react-aria read the new value as usual (docs/design.md,
 * "Web": no main-thread task over 50 ms on a long article).
 *
 * The price: the browser's undo does not step back over such a paste (it never kept one for a
 * 200 KB replacement in a useful way either: undoing the whole field is Ctrl+A, Delete).
 */

/** Insertions at least this long skip the editing commands; typing and short pastes keep them. */
export const LARGE_INSERTION = 4096

const INSERTIONS = new Set(['insertText', 'insertFromPaste', 'insertFromDrop', 'insertReplacementText'])

/** The text a `beforeinput` event would insert, if it inserts text. */
export function insertedText(event: Pick<InputEvent, 'inputType' | 'data' | 'dataTransfer'>): string | null {
  if (!INSERTIONS.has(event.inputType)) return null
  return event.data ?? event.dataTransfer?.getData('text/plain') ?? null
}

function insertDirectly(event: InputEvent) {
  const field = event.target
  if (!(field instanceof HTMLTextAreaElement) || !event.cancelable) return
  const text = insertedText(event)
  if (text === null || text.length < LARGE_INSERTION) return
  event.preventDefault()
  field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end')
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: event.inputType, data: text }))
}

/**
 * A ref callback for a textarea (React 19 runs the returned cleanup when it goes): large pastes
 * into it cost one step instead of one per paragraph.
 */
export function largePasteRef(field: HTMLTextAreaElement | null) {
  if (!field) return
  field.addEventListener('beforeinput', insertDirectly)
  return () => field.removeEventListener('beforeinput', insertDirectly)
}
