import { FieldError } from 'react-aria-components'

/**
 * A field's error message, under the field and tied to it (aria-describedby), announced as it
 * appears: react-aria's FieldError renders only while the field is invalid.
 */
export function FieldErrorAlert() {
  return (
    <FieldError className="field-error">
      {({ validationErrors }) => <span role="alert">{validationErrors.join(' ')}</span>}
    </FieldError>
  )
}
