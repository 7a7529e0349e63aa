import type { ClaimDetail } from '@claimtrail/contracts'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ClaimContextSection, NotesSection, ResponsesSection } from './review-sections.tsx'

const BODY = 'First paragraph.\nDong told a diplomat to delay the release, sources said.\nLast paragraph.'
const EXACT = 'Dong told a diplomat to delay the release'
const start = BODY.indexOf(EXACT)

// Only the fields these sections read; the rest of a claim does not matter to them.
const claim = (fields: Partial<ClaimDetail> = {}) =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    statement: 'Han Dong urged a delay.',
    anchor: {
      start,
      end: start + EXACT.length,
      exact: EXACT,
      prefix: 'stored prefix ',
      suffix: ' stored suffix',
      orphaned: false,
    },
    claimant: { id: 'c', name: 'Global News', kind: 'outlet' },
    subjects: [{ id: 's', name: 'Han Dong', kind: 'person' }],
    hedges: ['allegedly'],
    responses: [],
    replyRequests: [],
    notes: [],
    ...fields,
  }) as unknown as ClaimDetail

describe('the review screen’s claim sections', () => {
  it('shows the quote inside its paragraph, marked, with its claimant, subjects and hedges', () => {
    render(<ClaimContextSection claim={claim()} body={BODY} />)
    const section = screen.getByRole('region', { name: 'In the article' })
    const quote = section.querySelector('blockquote')
    expect(quote?.textContent).toContain(', sources said.')
    expect(quote?.textContent).not.toContain('First paragraph')
    expect(section.querySelector('mark')?.textContent).toContain(EXACT)
    expect(within(section).getByText('Global News')).toBeTruthy()
    expect(within(section).getByText('Han Dong')).toBeTruthy()
    expect(within(section).getByText('“allegedly”')).toBeTruthy()
    expect(within(section).queryByText(/needs re-anchoring/)).toBeNull()
  })

  it('falls back to the stored context for another version of the text, and says when the anchor was lost', () => {
    const orphan = claim()
    orphan.anchor = { ...orphan.anchor, orphaned: true }
    render(<ClaimContextSection claim={orphan} body="An unrelated text." />)
    const section = screen.getByRole('region', { name: 'In the article' })
    expect(section.querySelector('blockquote')?.textContent).toContain('stored prefix')
    expect(within(section).getByText(/needs re-anchoring/)).toBeTruthy()
  })

  it('says when there are no responses, and shows no notes section without notes', () => {
    render(
      <>
        <ResponsesSection claim={claim()} />
        <NotesSection claim={claim()} />
      </>,
    )
    expect(screen.getByText('No responses recorded.')).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Desk notes' })).toBeNull()
  })
})
