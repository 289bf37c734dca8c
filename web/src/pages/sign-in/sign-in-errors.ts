import { ApiError } from '../../api/api-error.ts';
import { fieldErrorsFromApi, type FormErrors } from '../../components/form/form-errors.ts';

export type SignInField = 'email' | 'password';
export const SIGN_IN_FIELDS: readonly SignInField[] = ['email', 'password'];
const LABELS: Readonly<Record<SignInField, string>> = { email: 'Email address', password: 'Password' };

/** Blank fields are caught here; whether the email and password match is for the server to say. */
export function checkSignIn(email: string, password: string): FormErrors<SignInField> {
  const fields: Partial<Record<SignInField, string>> = {};
  if (email.trim() === '') fields.email = 'Enter your email address';
  if (password === '') fields.password = 'Enter your password';
  return { fields, form: null };
}

/**
 * A refused sign-in as form errors. A wrong email or password, and too many attempts, are shown against
 * the email field without saying which was wrong, as the server words them.
 */
export function signInErrorsFrom(error: unknown): FormErrors<SignInField> {
  if (!(error instanceof ApiError)) {
    console.error(error);
    return { fields: {}, form: 'Sorry, there is a problem with the service. Try again later.' };
  }
  if (error.code === 'invalid_credentials' || error.code === 'too_many_attempts' || error.status === 429) {
    return { fields: { email: error.message }, form: null };
  }
  const fields = fieldErrorsFromApi(error.fields, LABELS);
  return Object.keys(fields).length > 0 ? { fields, form: null } : { fields: {}, form: error.message };
}
