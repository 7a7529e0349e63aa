import { fireEvent, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { type ReviewShortcuts, useReviewShortcuts } from './use-review-shortcuts.ts'

function Harness(props: ReviewShortcuts) {
  useReviewShortcuts(props)
  return <input aria-label="comment" />
}

const handlers = () => ({ onApprove: vi.fn(), onRequestChanges: vi.fn(), onPublish: vi.fn() })

describe('useReviewShortcuts', () => {
  it('starts the actions the claim allows, and only those', () => {
    const on = handlers()
    render(<Harness {...on} can={{ approve: true, 'request-changes': true, publish: false }} busy={false} />)
    fireEvent.keyDown(window, { key: 'a' })
    fireEvent.keyDown(window, { key: 'c' })
    fireEvent.keyDown(window, { key: 'p' })
    expect(on.onApprove).toHaveBeenCalledOnce()
    expect(on.onRequestChanges).toHaveBeenCalledOnce()
    expect(on.onPublish).not.toHaveBeenCalled()
  })

  it('does nothing while busy, in a field, or with a modifier', () => {
    const on = handlers()
    const can = { approve: true, 'request-changes': true, publish: true }
    const { getByLabelText, rerender } = render(<Harness {...on} can={can} busy={false} />)
    fireEvent.keyDown(getByLabelText('comment'), { key: 'a' })
    fireEvent.keyDown(window, { key: 'p', ctrlKey: true })
    rerender(<Harness {...on} can={can} busy />)
    fireEvent.keyDown(window, { key: 'a' })
    expect(on.onApprove).not.toHaveBeenCalled()
    expect(on.onPublish).not.toHaveBeenCalled()
  })
})
