import type { z } from 'zod';

/** One operation of the API: its zod input and output, and a line saying what it does. */
export interface Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
}

export function operation<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): Operation<I, O> {
  return { summary, input, output };
}

export type Contract = Record<string, Operation>;
