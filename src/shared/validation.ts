import type { z } from 'zod';
import { ApiError, type FieldErrors } from './errors';

/** Turns zod issues into one message per field path, keeping the first message of each field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

export function validationError(error: z.ZodError, message = 'Some fields need attention'): ApiError {
  return new ApiError('VALIDATION', message, fieldErrorsOf(error));
}

/** Parses with a schema or throws a VALIDATION ApiError with per-field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
