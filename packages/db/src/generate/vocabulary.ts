// Word lists for the synthetic newsroom. Invented names only: the generated data must never read
// as a claim about a real person.
// The lists are split by what they name; this module keeps them one namespace (`import * as words`).

export * from './vocabulary/names.ts'
export * from './vocabulary/phrases.ts'
