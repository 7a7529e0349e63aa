import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ChoiceSelect, SelectField } from './select-field.tsx'

const KINDS = ['statement_of_fact', 'allegation', 'opinion'] as const
type Kind = (typeof KINDS)[number]
const LABELS: Record<Kind, string> = {
  statement_of_fact: 'Statement of fact',
  allegation: 'Allegation',
  opinion: 'Opinion',
}

function Kinds() {
  const [kind, setKind] = useState<Kind>('allegation')
  return (
    <>
      <ChoiceSelect label="Kind" value={kind} options={KINDS} labels={LABELS} onChange={setKind} />
      <output aria-label="Chosen">{kind}</output>
    </>
  )
}

describe('the shared select', () => {
  it('is named by its label, shows the chosen label, and gives the chosen code', async () => {
    const user = userEvent.setup()
    render(<Kinds />)
    const button = screen.getByRole('button', { name: /Kind/ })
    expect(button.textContent).toContain('Allegation')
    await user.click(button)
    const listbox = await screen.findByRole('listbox')
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Statement of fact', 'Allegation', 'Opinion'])
    await user.click(within(listbox).getByRole('option', { name: 'Opinion' }))
    expect(screen.getByRole('status', { name: 'Chosen' }).textContent).toBe('opinion')
  })

  it('shows its placeholder until something is chosen', () => {
    render(
      <SelectField
        label="Rating"
        placeholder="Choose a rating"
        options={[{ id: 'a', label: 'Accurate', description: 'Supported by the evidence' }]}
      />,
    )
    expect(screen.getByRole('button', { name: /Rating/ }).textContent).toContain('Choose a rating')
  })

  it('can be labelled for assistive technology only', () => {
    render(
      <SelectField label="Role of Ada" labelHidden options={[{ id: 'checker', label: 'Fact-checker' }]} />,
    )
    expect(screen.queryByText('Role of Ada')).toBeNull()
    expect(screen.getByRole('button', { name: /Role of Ada/ })).toBeTruthy()
  })
})
