// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { insertedText, LARGE_INSERTION, largePasteRef } from './large-paste.ts'

const article = 'A paragraph of the article.\n\n'.repeat(Math.ceil(LARGE_INSERTION / 10))

function pasteInto(field: HTMLTextAreaElement, data: string, inputType = 'insertFromPaste') {
  const inputs: string[] = []
  field.addEventListener('input', () => inputs.push(field.value))
  const event = new InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true })
  field.dispatchEvent(event)
  return { inputs, prevented: event.defaultPrevented }
}

describe('insertedText', () => {
  it('reads the text of insertions, from data or from the clipboard’s plain text', () => {
    expect(insertedText({ inputType: 'insertText', data: 'abc', dataTransfer: null })).toBe('abc')
    const dataTransfer = {
      getData: (type: string) => (type === 'text/plain' ? 'pasted' : ''),
    } as DataTransfer
    expect(insertedText({ inputType: 'insertFromPaste', data: null, dataTransfer })).toBe('pasted')
  })

  it('is null for edits that insert nothing', () => {
    expect(insertedText({ inputType: 'deleteContentBackward', data: null, dataTransfer: null })).toBeNull()
    expect(insertedText({ inputType: 'historyUndo', data: null, dataTransfer: null })).toBeNull()
  })
})

describe('largePasteRef', () => {
  it('writes a large paste over the selection in one step and announces it as input', () => {
    const field = document.createElement('textarea')
    document.body.append(field)
    field.value = 'Before [old] after'
    field.setSelectionRange(7, 12)
    const cleanup = largePasteRef(field)
    const { inputs, prevented } = pasteInto(field, article)
    expect(prevented).toBe(true)
    expect(field.value).toBe(`Before ${article} after`)
    expect(inputs).toEqual([field.value])
    cleanup?.()
    field.remove()
  })

  it('leaves typing and short pastes to the browser, and stops once the field goes', () => {
    const field = document.createElement('textarea')
    const cleanup = largePasteRef(field)
    expect(pasteInto(field, 'typed', 'insertText').prevented).toBe(false)
    cleanup?.()
    expect(pasteInto(field, article).prevented).toBe(false)
    expect(field.value).toBe('')
  })
})
