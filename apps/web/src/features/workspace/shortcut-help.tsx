import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { SELECTION_KEYS } from './keyboard-selection.ts'
import { SHORTCUTS } from './shortcuts.ts'

/** The `?` overlay: every workspace shortcut, from the same list the handler reads. */
export function ShortcutHelp({
  isOpen,
  onOpenChange,
}: {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            Keyboard shortcuts
          </Heading>
          <dl className="shortcut-list">
            {SHORTCUTS.map((s) => (
              <div key={s.key} className="shortcut">
                <dt>
                  <kbd>{s.key}</kbd>
                </dt>
                <dd>{s.description}</dd>
              </div>
            ))}
            <div className="shortcut">
              <dt>
                <kbd>Esc</kbd>
              </dt>
              <dd>Back to the list of claims; closes this help</dd>
            </div>
          </dl>
          <h3>Selecting text without a mouse</h3>
          <p className="muted">Tab to the article text first.</p>
          <dl className="shortcut-list">
            {SELECTION_KEYS.map((s) => (
              <div key={s.keys} className="shortcut">
                <dt>
                  <kbd>{s.keys}</kbd>
                </dt>
                <dd>{s.description}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">Shortcuts do nothing while you type in a field.</p>
          <div className="dialog-actions">
            <Button className="button" slot="close">
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
