import type { RatingScale } from '@claimtrail/contracts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RatingScalesPage } from './rating-scales-page.tsx'

const SCALE: RatingScale = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Desk scale',
  description: null,
  isDefault: true,
  version: 3,
  ratings: [
    {
      id: '00000000-0000-4000-8000-00000000000a',
      position: 0,
      label: 'Accurate',
      description: '',
      colour: '#1a7f37',
      ratingValue: 100,
      retired: false,
    },
    {
      id: '00000000-0000-4000-8000-00000000000b',
      position: 1,
      label: 'False',
      description: '',
      colour: '#cf222e',
      ratingValue: 0,
      retired: false,
    },
    {
      id: '00000000-0000-4000-8000-00000000000c',
      position: 2,
      label: 'Pants on fire',
      description: 'An old rating',
      colour: '#000000',
      ratingValue: 0,
      retired: true,
    },
  ],
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

/** The server the page talks to: the scales, a CSRF token, then whatever `onSave` answers to the PUT. */
function serve(onSave: (body: unknown) => Response) {
  const calls: { method: string; path: string }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname
      calls.push({ method: request.method, path })
      if (path === '/api/v1/auth/csrf') return json(200, { token: 'token' })
      if (path === '/api/v1/rating-scales' && request.method === 'GET') return json(200, { items: [SCALE] })
      if (request.method === 'PUT') return onSave(await request.json())
      return json(404, { code: 'NOT_FOUND', message: 'Not here', requestId: 'r1' })
    }),
  )
  return calls
}

/** The page, once its scales have loaded (through the same API client as in the browser). */
async function renderEditor() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  render(
    <QueryClientProvider client={client}>
      <RatingScalesPage />
    </QueryClientProvider>,
  )
  await screen.findByRole('list', { name: 'Ratings, best first' })
}

const ratingsList = () => screen.getByRole('list', { name: 'Ratings, best first' })
const rating = (n: number) => within(ratingsList()).getAllByRole('group')[n - 1] as HTMLElement

describe('the rating scales page', () => {
  let calls: { method: string; path: string }[]
  beforeEach(() => {
    calls = serve(() =>
      json(500, { code: 'UNEXPECTED', message: 'not expected in this test', requestId: 'r2' }),
    )
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('lists the active ratings best first and keeps retired ones read-only apart', async () => {
    await renderEditor()
    expect(
      within(ratingsList())
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent),
    ).toEqual(['Rating 1: Accurate', 'Rating 2: False'])
    const retired = screen.getByRole('table', { name: 'Retired ratings' })
    expect(within(retired).getByRole('rowheader').textContent).toBe('Pants on fire')
    expect(within(retired).queryByRole('textbox')).toBeNull()
  })

  it('moves a rating by keyboard, keeps focus on it and says where it went', async () => {
    const user = userEvent.setup()
    await renderEditor()
    expect(within(rating(1)).getByRole('button', { name: 'Move up Accurate' })).toHaveProperty(
      'disabled',
      true,
    )
    await user.click(within(rating(1)).getByRole('button', { name: 'Move down Accurate' }))
    expect(rating(2).querySelector('legend')?.textContent).toBe('Rating 2: Accurate')
    expect(screen.getByText('Accurate moved to position 2 of 2.')).toBeTruthy()
    // Down is now impossible, so focus lands on "Move up" of the same rating.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(rating(2)).getByRole('button', { name: 'Move up Accurate' }),
      ),
    )
  })

  it('warns that relabelling a used rating retires it, before anything is saved', async () => {
    const user = userEvent.setup()
    await renderEditor()
    const label = within(rating(2)).getByRole('textbox', { name: 'Label' })
    await user.clear(label)
    await user.type(label, 'Wrong')
    expect(rating(2).textContent).toContain('saving retires it and adds “Wrong” in its place')
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([])
  })

  it('refuses a new rating without a label on the page, focusing it, with no request sent', async () => {
    const user = userEvent.setup()
    await renderEditor()
    await user.click(screen.getByRole('button', { name: 'Add a rating' }))
    expect(screen.getByText('New rating added at position 3.')).toBeTruthy()
    const newLabel = within(rating(3)).getByRole('textbox', { name: 'Label' })
    await waitFor(() => expect(document.activeElement).toBe(newLabel))
    await user.click(screen.getByRole('button', { name: 'Save the scale' }))
    await waitFor(() => expect(newLabel.getAttribute('aria-invalid')).toBe('true'))
    expect(document.activeElement).toBe(newLabel)
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([])
  })

  it('shows the other admin’s scale on a conflict and keeps the edit until the admin chooses', async () => {
    const theirs: RatingScale = {
      ...SCALE,
      version: 4,
      ratings: SCALE.ratings.map((r) => (r.label === 'False' ? { ...r, label: 'Incorrect' } : r)),
    }
    calls = serve(() =>
      json(409, {
        code: 'CONFLICT',
        message: 'The scale changed',
        requestId: 'r3',
        details: { current: theirs },
      }),
    )
    const user = userEvent.setup()
    await renderEditor()
    const label = within(rating(1)).getByRole('textbox', { name: 'Label' })
    await user.clear(label)
    await user.type(label, 'Correct')
    await user.click(screen.getByRole('button', { name: 'Save the scale' }))
    const conflict = (await screen.findByText('Someone else saved this scale')).closest(
      '[role="alert"]',
    ) as HTMLElement
    expect(conflict).not.toBeNull()
    expect(conflict.textContent).toContain('Someone else saved this scale')
    expect(conflict.textContent).toContain('it is now version 4')
    expect(conflict.textContent).toContain('Their ratings: Accurate, Incorrect.')
    // The edit is still on the page.
    expect((within(rating(1)).getByRole('textbox', { name: 'Label' }) as HTMLInputElement).value).toBe(
      'Correct',
    )
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1)

    await user.click(within(conflict).getByRole('button', { name: 'Reload their version' }))
    expect(screen.getByText('Reloaded: you now see the saved scale. Your changes were dropped.')).toBeTruthy()
    expect(rating(2).querySelector('legend')?.textContent).toBe('Rating 2: Incorrect')
  })
})
