// @vitest-environment happy-dom
import { act, createElement, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type FieldErrors, firstInvalidField, useFieldErrors } from './field-errors.ts'

// React asks to be told it runs under a test's act().
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLElement
let root: Root
let form: ReturnType<typeof useFieldErrors>

/** A form of three inputs marked invalid from the hook's errors, as react-aria's Form does. */
function TestForm(): ReactNode {
  form = useFieldErrors()
  const field = (name: string) =>
    createElement('input', { key: name, name, 'aria-invalid': name in form.errors ? 'true' : undefined })
  return createElement('form', { ref: form.formRef }, ['email', 'name', 'password'].map(field))
}

const focusedName = () => (document.activeElement as HTMLInputElement | null)?.name ?? null

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  act(() => root.render(createElement(TestForm)))
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe('useFieldErrors', () => {
  it('focuses the first field a refused submit marks, once its error is drawn', () => {
    act(() => form.refuse({ password: 'Enter a password', name: 'Enter a name' }))
    expect(focusedName()).toBe('name')
  })

  it('focuses again on the next refusal, even with the same errors', () => {
    const errors: FieldErrors = { password: 'Enter a password' }
    act(() => form.refuse(errors))
    act(() => (document.querySelector('input[name="email"]') as HTMLInputElement).focus())
    act(() => form.refuse(errors))
    expect(focusedName()).toBe('password')
  })

  it('focuses after errors set separately with focusFirstInvalid', () => {
    act(() => {
      form.setErrors({ email: 'Enter an email' })
      form.focusFirstInvalid()
    })
    expect(focusedName()).toBe('email')
  })

  it('moves nothing while no submit was refused, and clears one field at a time', () => {
    act(() => form.setErrors({ email: 'Enter an email', name: 'Enter a name' }))
    expect(focusedName()).toBeNull()
    act(() => form.clear('email'))
    expect(form.errors).toEqual({ name: 'Enter a name' })
  })
})

describe('firstInvalidField', () => {
  it('is null without a form or without an invalid field', () => {
    expect(firstInvalidField(null)).toBeNull()
    const element = document.createElement('form')
    element.innerHTML = '<input name="a"><input name="b" aria-invalid="false">'
    expect(firstInvalidField(element)).toBeNull()
  })
})
