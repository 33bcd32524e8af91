import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { ApiError } from '../../shared/errors';
import { fieldErrorsOf } from '../../shared/validation';

/** Mantine form validation from the shared zod schema: the same rules the core enforces. */
export function schemaValidate<V>(schema: z.ZodType): (values: V) => Record<string, string> {
  return (values) => {
    const result = schema.safeParse(values);
    return result.success ? {} : fieldErrorsOf(result.error);
  };
}

/**
 * Shows a failed save where it belongs: field errors at their fields (a CONFLICT on email
 * lands on the email field), anything else as a notification. Returns true if it was shown.
 */
export function showSaveError<V>(form: UseFormReturnType<V>, error: unknown): void {
  if (error instanceof ApiError && error.fieldErrors && Object.keys(error.fieldErrors).length > 0) {
    form.setErrors(error.fieldErrors);
    const [first] = Object.keys(error.fieldErrors);
    if (first) document.querySelector<HTMLElement>(`[data-path="${first}"]`)?.focus();
    return;
  }
  notifications.show({
    color: 'red',
    title: 'Not saved',
    message: error instanceof Error ? error.message : 'Something went wrong',
  });
}
