import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { ApiError, retryableCodes } from '../../shared/errors';
import { fieldErrorsOf } from '../../shared/validation';

/** Mantine form validation from the shared zod schema: the same rules the core enforces. */
export function schemaValidate<V>(schema: z.ZodType): (values: V) => Record<string, string> {
  return (values) => {
    const result = schema.safeParse(values);
    return result.success ? {} : fieldErrorsOf(result.error);
  };
}

/**
 * Marks an element that shows an error for a group of inputs (radio group, list editor), so
 * `focusFirstError` can bring it into view like a single invalid input.
 */
export const fieldErrorMarker = 'data-field-error';

/**
 * Scrolls to and focuses the first field showing an error. Errors set outside a React event
 * (after an await, from a hotkey) render a little later, so it looks for a few frames.
 */
export function focusFirstError(root: ParentNode = document, frames = 10): void {
  requestAnimationFrame(() => {
    const field = root.querySelector<HTMLElement>(`[aria-invalid="true"], [${fieldErrorMarker}]`);
    if (!field) {
      if (frames > 1) focusFirstError(root, frames - 1);
      return;
    }
    field.scrollIntoView({ block: 'center' });
    const focusable = field.matches('input, textarea, select, button')
      ? field
      : field.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, button');
    focusable?.focus({ preventScroll: true });
  });
}

/**
 * Shows a failed save where it belongs: field errors at their fields (a CONFLICT on email
 * lands on the email field) with the first one focused, anything else as a notification
 * (a retryable one, such as BUSY, says to try again).
 */
export function showSaveError<V>(form: UseFormReturnType<V>, error: unknown): void {
  if (error instanceof ApiError && error.fieldErrors && Object.keys(error.fieldErrors).length > 0) {
    form.setErrors(error.fieldErrors);
    focusFirstError();
    return;
  }
  // BUSY: nothing was wrong with the input; the same save goes through once the desk is free.
  const retryable = error instanceof ApiError && retryableCodes.includes(error.code);
  notifications.show({
    color: retryable ? 'yellow' : 'red',
    title: retryable ? 'Busy, try again' : 'Not saved',
    message: error instanceof Error ? error.message : 'Something went wrong',
  });
}
