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

/** What any transport shows for a failure that is not a typed error: no message, no stack. */
export const internalErrorBody = { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' } as const;

export function createRouter(handlers: Handlers, onInternalError: (error: unknown) => void): Router {
  async function run(name: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!isOperationName(name)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `Unknown operation "${name}"` } };
    }
    const operation = api[name];
    const parsed = operation.input.safeParse(input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toBody() };
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    const output = operation.output.safeParse(value);
    if (!output.success) {
      onInternalError(new Error(`${name} returned a value outside its contract: ${output.error.message}`));
      return { ok: false, error: { code: 'INTERNAL', message: 'The application produced an invalid answer' } };
    }
    return { ok: true, value: output.data };
  }

  return {
    async call(name, input) {
      // Everything, the schemas' own rules included, runs inside: a throw anywhere is INTERNAL.
      try {
        // The contract's own schemas for this name parsed the answer: it is that operation's output.
        return (await run(name, input)) as ApiResult<RouterOutput<typeof name>>;
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toBody() };
        try {
          onInternalError(error);
        } catch {
          // A failing logger must not turn a typed answer into a throw.
        }
        return { ok: false, error: { ...internalErrorBody } };
      }
    },
  };
}
