import { Button } from 'react-aria-components'
import type { Span } from './selection-offsets.ts'

/** Shown over the article text: the words selected (cut at 80 characters), or how to select some. */
export function SelectionBar({
  body,
  selection,
  onNewClaim,
}: {
  body: string
  selection: Span | null
  onNewClaim: () => void
}) {
  const selectedText = selection ? body.slice(selection.start, selection.end) : ''
  return (
    <div className="selection-bar" aria-live="polite">
      {selection ? (
        <>
          <span className="selection-text">
            Selected: <q>{selectedText.length > 80 ? `${selectedText.slice(0, 80)}…` : selectedText}</q>
          </span>
          <Button className="button" onPress={onNewClaim}>
            New claim from selection
          </Button>
        </>
      ) : (
        <span className="muted">
          Select words in the text (with the mouse, or Tab to the text and use the arrow keys) to mark a claim
          (<kbd>n</kbd>); <kbd>?</kbd> for shortcuts.
        </span>
      )}
    </div>
  )
}
