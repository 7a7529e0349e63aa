import { fireEvent, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { ShortcutAction } from './shortcuts.ts'
import { useWorkspaceShortcuts } from './use-workspace-shortcuts.ts'

function Harness(props: {
  helpOpen: boolean
  onEscape: () => void
  onShortcut: (action: ShortcutAction) => void
}) {
  useWorkspaceShortcuts(props)
  return <input aria-label="typing here" />
}

describe('useWorkspaceShortcuts', () => {
  it('runs a shortcut pressed outside a text field, and takes the key', () => {
    const onShortcut = vi.fn()
    render(<Harness helpOpen={false} onEscape={() => {}} onShortcut={onShortcut} />)
    const notTaken = fireEvent.keyDown(document.body, { key: 'n' })
    expect(onShortcut).toHaveBeenCalledWith('new-claim')
    expect(notTaken).toBe(false)
  })

  it('leaves keys typed in a field alone, and everything while the help is open', () => {
    const onShortcut = vi.fn()
    const onEscape = vi.fn()
    const { getByLabelText, rerender } = render(
      <Harness helpOpen={false} onEscape={onEscape} onShortcut={onShortcut} />,
    )
    fireEvent.keyDown(getByLabelText('typing here'), { key: 'n' })
    fireEvent.keyDown(getByLabelText('typing here'), { key: 'Escape' })
    rerender(<Harness helpOpen onEscape={onEscape} onShortcut={onShortcut} />)
    fireEvent.keyDown(document.body, { key: 'n' })
    fireEvent.keyDown(document.body, { key: 'Escape' })
    expect(onShortcut).not.toHaveBeenCalled()
    expect(onEscape).not.toHaveBeenCalled()
  })

  it('answers Escape outside a field', () => {
    const onEscape = vi.fn()
    render(<Harness helpOpen={false} onEscape={onEscape} onShortcut={() => {}} />)
    fireEvent.keyDown(document.body, { key: 'Escape' })
    expect(onEscape).toHaveBeenCalledOnce()
  })
})
