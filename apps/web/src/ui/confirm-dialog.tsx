import type { ReactNode } from 'react'
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'

interface ConfirmDialogProps {
  isOpen: boolean
  onOpenChange: (isOpen: boolean) => void
  title: string
  children: ReactNode
  confirmLabel: string
  /** The way out that changes nothing ("Cancel" unless told). */
  cancelLabel?: string
  onConfirm: () => void
  isPending?: boolean
  /** A destructive action gets the danger colour. */
  tone?: 'danger' | 'default'
}

/** An alert dialog asking to confirm one action; Escape or Cancel leaves everything as it was. */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  isPending = false,
  tone = 'default',
}: ConfirmDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={!isPending}
      isKeyboardDismissDisabled={isPending}
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
          <div className="dialog-actions">
            <Button className="button button-secondary" slot="close" isDisabled={isPending}>
              {cancelLabel}
            </Button>
            <Button
              className={tone === 'danger' ? 'button button-danger' : 'button'}
              onPress={onConfirm}
              isPending={isPending}
            >
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
