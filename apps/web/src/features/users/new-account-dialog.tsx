import { CreateUserSchema, type User } from '@claimtrail/contracts'
import { type FormEvent, useState } from 'react'
import {
  Button,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextField,
} from 'react-aria-components'
import { ApiRequestError } from '../../api/api-client.ts'
import { DialogSubmitActions } from '../../ui/dialog-submit-actions.tsx'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { fieldErrorsFromApi, useFieldErrors, validateForm } from '../../ui/field-errors.ts'
import { passwordProblem, usePasswordRule } from '../account/password-rule.ts'
import { RoleSelect } from './role-select.tsx'
import { useCreateUser } from './users-queries.ts'

const WHEN_EMPTY = {
  email: 'Enter an email address',
  displayName: 'Enter a name',
  password: 'Enter a password',
}

/** "New account": a button opening a dialog with the account form. */
export function NewAccountDialog({ onCreated }: { onCreated: (user: User) => void }) {
  usePasswordRule()
  const [isOpen, setOpen] = useState(false)
  const create = useCreateUser()
  const {
    errors: fieldErrors,
    setErrors: setFieldErrors,
    clear: clearError,
    formRef,
    refuse,
  } = useFieldErrors()

  function openChange(open: boolean) {
    setOpen(open)
    if (!open) {
      setFieldErrors({})
      create.reset()
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '')
    const result = validateForm(
      CreateUserSchema,
      {
        email: text('email').trim(),
        displayName: text('displayName').trim(),
        role: text('role'),
        password: text('password'),
      },
      WHEN_EMPTY,
    )
    if (!result.ok) return refuse(result.errors)
    // The API's password rule (packages/core), checked here first with the account's own words.
    const problem = await passwordProblem(result.data.password, [result.data.email, result.data.displayName])
    if (problem) return refuse({ password: problem.charAt(0).toUpperCase() + problem.slice(1) })
    setFieldErrors({})
    create.mutate(result.data, {
      onSuccess: (user) => {
        openChange(false)
        onCreated(user)
      },
      onError: (error) => {
        if (error instanceof ApiRequestError && error.isConflict) {
          refuse({ email: 'An account with this email already exists' })
        } else {
          refuse(fieldErrorsFromApi(error))
        }
      },
    })
  }

  // Anything not tied to a field (forbidden, network, server error) is said above the buttons.
  const failure =
    create.isError &&
    !(
      create.error instanceof ApiRequestError &&
      (create.error.isConflict || create.error.code === 'VALIDATION' || create.error.code === 'INVALID')
    )
      ? create.error.message
      : null

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button className="button">New account</Button>
      <ModalOverlay className="modal-overlay" isDismissable={!create.isPending}>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title" className="dialog-title">
              New account
            </Heading>
            <Form
              ref={formRef}
              className="form"
              onSubmit={submit}
              validationBehavior="aria"
              validationErrors={fieldErrors}
            >
              <TextField
                name="email"
                type="email"
                autoComplete="off"
                isRequired
                className="field"
                onChange={() => clearError('email')}
              >
                <Label>Email</Label>
                <Input className="input" />
                <FieldErrorAlert />
              </TextField>
              <TextField
                name="displayName"
                autoComplete="off"
                isRequired
                className="field"
                onChange={() => clearError('displayName')}
              >
                <Label>Name</Label>
                <Input className="input" />
                <FieldErrorAlert />
              </TextField>
              <RoleSelect name="role" label="Role" defaultValue="checker" />
              <TextField
                name="password"
                type="password"
                autoComplete="new-password"
                isRequired
                className="field"
                onChange={() => clearError('password')}
              >
                <Label>Password</Label>
                <Input className="input" />
                <Text slot="description" className="field-description">
                  At least 12 characters and hard to guess. Give it to the person over a safe channel.
                </Text>
                <FieldErrorAlert />
              </TextField>
              <DialogSubmitActions
                failure={failure}
                pending={create.isPending}
                submitLabel="Create account"
                pendingLabel="Creating…"
              />
            </Form>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  )
}
