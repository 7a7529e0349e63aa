import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { RestoredNotice } from './restored-notice.tsx'

describe('RestoredNotice', () => {
  it('says what was restored and from when, and discards it', async () => {
    const onDiscard = vi.fn()
    render(
      <RestoredNotice
        what="your unsaved edit of the verdict"
        savedAt="2026-01-02T10:00:00Z"
        after=". Save it."
        onDiscard={onDiscard}
      />,
    )
    const status = screen.getByRole('status')
    expect(status.querySelector('p')?.textContent).toMatch(
      /^Restored your unsaved edit of the verdict from .+\. Save it\.$/,
    )
    expect(status.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-02T10:00:00Z')
    await userEvent.click(screen.getByRole('button', { name: 'Discard the restored edit' }))
    expect(onDiscard).toHaveBeenCalledOnce()
  })
})
