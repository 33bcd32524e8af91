/** Error codes every transport returns; the renderer maps them to messages and field errors. */
export const errorCodes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'LIMIT', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Per-field messages, keyed by the dotted path of the field (`email`, `billing.city`). */
export type FieldErrors = Record<string, string>;

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
}

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
