import { api, isOperationName, type OperationName, type OutputOf, type ParsedInputOf } from '../shared/api';
import { ApiError, type ApiResult } from '../shared/errors';
import { validationError } from '../shared/validation';

/** A handler gets input already validated by the contract's zod schema. */
export type Handler<N extends OperationName> = (input: ParsedInputOf<N>) => OutputOf<N> | Promise<OutputOf<N>>;
export type HandlerTable<N extends OperationName> = { [K in N]: Handler<K> };
export type Handlers = HandlerTable<OperationName>;

/** What an operation of that name answers; a transport's name may be any string. */
export type RouterOutput<N extends string> = N extends OperationName ? OutputOf<N> : unknown;

export interface Router {
  /**
   * Validates, runs and validates the answer of one operation; never throws. The input is
   * checked here, so it may be anything; the answer is typed by the operation's name.
   */
  call<N extends string>(name: N, input: unknown): Promise<ApiResult<RouterOutput<N>>>;
}

export function createRouter(handlers: Handlers, onInternalError: (error: unknown) => void): Router {
  return {
    async call(name, input) {
      if (!isOperationName(name)) {
        return { ok: false, error: { code: 'NOT_FOUND', message: `Unknown operation "${name}"` } };
      }
      const operation = api[name];
      const parsed = operation.input.safeParse(input);
      if (!parsed.success) return { ok: false, error: validationError(parsed.error).toBody() };
      try {
        const handler = handlers[name] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        const output = operation.output.safeParse(value);
        if (!output.success) {
          onInternalError(new Error(`${name} returned a value outside its contract: ${output.error.message}`));
          return { ok: false, error: { code: 'INTERNAL', message: 'The application produced an invalid answer' } };
        }
        // The contract's own schema for this name parsed it: the value is that operation's output.
        return { ok: true, value: output.data as RouterOutput<typeof name> };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toBody() };
        onInternalError(error);
        return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' } };
      }
    },
  };
}
