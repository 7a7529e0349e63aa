import { describe, expect, it } from 'vitest'
import { neutraliseFormula } from './csv-export.ts'

describe('neutraliseFormula', () => {
  it('makes cells a spreadsheet would run as a formula plain text', () => {
    for (const cell of ['=1+1', '+33 1 23', '-2% inflation', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`)
    }
  })

  it('leaves every other text and nulls as they are', () => {
    for (const cell of ['Dong says 1+1=2', 'a-b', '', "'quoted", ' =1']) {
      expect(neutraliseFormula(cell)).toBe(cell)
    }
    expect(neutraliseFormula(null)).toBeNull()
  })
})
