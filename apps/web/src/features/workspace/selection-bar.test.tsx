import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SelectionBar } from './selection-bar.tsx'

describe('SelectionBar', () => {
  it('shows the selected words, cut at 80 characters, and opens a new claim from them', async () => {
    const onNewClaim = vi.fn()
    const body = `${'a'.repeat(90)} tail`
    render(<SelectionBar body={body} selection={{ start: 0, end: 90 }} onNewClaim={onNewClaim} />)
    expect(screen.getByText(`${'a'.repeat(80)}…`).tagName).toBe('Q')
    await userEvent.click(screen.getByRole('button', { name: 'New claim from selection' }))
    expect(onNewClaim).toHaveBeenCalledOnce()
  })

  it('says how to select words when nothing is selected', () => {
    const { container } = render(<SelectionBar body="text" selection={null} onNewClaim={() => {}} />)
    expect(container.textContent).toBe(
      'Select words in the text (with the mouse, or Tab to the text and use the arrow keys) to mark a claim (n); ? for shortcuts.',
    )
    expect(screen.queryByRole('button')).toBeNull()
  })
})
