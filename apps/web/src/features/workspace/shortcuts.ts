/** The workspace's keyboard shortcuts: one list drives both the handler and the help overlay. */

export type ShortcutAction = 'next-claim' | 'previous-claim' | 'new-claim' | 'submit' | 'help'

export interface Shortcut {
  key: string
  action: ShortcutAction
  description: string
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'j', action: 'next-claim', description: 'Next claim in the text' },
  { key: 'k', action: 'previous-claim', description: 'Previous claim in the text' },
  { key: 'n', action: 'new-claim', description: 'New claim from the selected text' },
  { key: 's', action: 'submit', description: 'Submit the open claim for review' },
  { key: '?', action: 'help', description: 'Show these shortcuts' },
]

export interface KeyEventLike {
  key: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  defaultPrevented: boolean
  /** Whether the key press goes into a text field, select, list or editable element. */
  typing: boolean
}

/**
 * The action a key press asks for, or null. Nothing fires while the user types in a field (j is
 * a letter there) or holds a modifier (Ctrl+S is the browser's), nor when a control handled it.
 */
export function resolveShortcut(event: KeyEventLike): ShortcutAction | null {
  if (event.defaultPrevented || event.typing || event.altKey || event.ctrlKey || event.metaKey) return null
  return SHORTCUTS.find((s) => s.key === event.key)?.action ?? null
}

/** The parts of an event target the typing test reads (an Element has them). */
export interface TargetLike {
  isContentEditable?: boolean
  closest?(selector: string): unknown
}

const TYPING_SELECTOR =
  'input, textarea, select, [role="textbox"], [role="combobox"], [role="listbox"], [role="menu"], [role="slider"]'

/** Whether keys pressed with focus on `target` go into a control rather than to the page. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target?.closest) return false
  return target.isContentEditable === true || target.closest(TYPING_SELECTOR) != null
}

/** The index of the claim to move to with j / k, from the selected one (none: first or last). */
export function stepIndex(length: number, current: number, action: 'next-claim' | 'previous-claim'): number {
  if (length === 0) return -1
  const step = action === 'next-claim' ? 1 : -1
  if (current < 0) return step === 1 ? 0 : length - 1
  return Math.min(Math.max(current + step, 0), length - 1)
}
