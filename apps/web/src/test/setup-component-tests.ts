import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Each test renders into a fresh document: what one test leaves mounted must not answer another's queries.
afterEach(() => {
  cleanup()
})
