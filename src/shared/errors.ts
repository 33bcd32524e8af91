import { z } from 'zod';

/**
 * Error codes every transport returns (VAULT_KEY: the document vault's key is missing, wrong or
 * locked; the message names the key and what to restore); the renderer maps them to messages and field errors. */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'LIMIT',
  'BUSY',
  'VAULT_KEY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
/** Errors that say nothing was wrong with the request: the same call may succeed in a moment. */
export const retryableCodes: readonly ErrorCode[] = ['BUSY'];

/** Per-field messages, keyed by the dotted path of the field (`email`, `billing.city`). */
export type FieldErrors = Record<string, string>;

/** A typed error as it crosses a boundary: a transport, a worker thread, a job's record. */
export const apiErrorBody = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.string()).optional(),
});
export type ApiErrorBody = z.output<typeof apiErrorBody>;

/** Thrown by the core and rebuilt by the client from an ApiErrorBody. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  toBody(): ApiErrorBody {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message };
  }
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/**
 * The same error with field paths seen from inside a wrapper: an update sends
 * `{ id, version, customer }`, so the schema reports `customer.email` where the form has `email`.
 */
export function unwrapFieldErrors(error: unknown, wrapper: string): unknown {
  if (!(error instanceof ApiError) || !error.fieldErrors) return error;
  const prefix = `${wrapper}.`;
  const fieldErrors: FieldErrors = {};
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    fieldErrors[path.startsWith(prefix) ? path.slice(prefix.length) : path] = message;
  }
  return new ApiError(error.code, error.message, fieldErrors);
}
