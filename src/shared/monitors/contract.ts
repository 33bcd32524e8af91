import { z } from 'zod';
import { text } from '../text';
import { operation } from '../contract';
import { recordId } from '../record-id';

const monitorFields = z.object({
  name: text({ error: 'Name is required' })
    .trim()
    .min(1, { error: 'Name is required' })
    .max(100, { error: 'Name must be at most 100 characters' }),
  url: text()
    .trim()
    .nullish()
    .transform((value) => value || null)
    .refine((value) => value === null || /^https?:\/\/\S+$/.test(value), {
      error: 'Enter a web address starting with http:// or https://',
    }),
  active: z.boolean().default(true),
});
export type MonitorInput = z.input<typeof monitorFields>;

export const exchangeMonitor = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string().nullable(),
  active: z.boolean(),
  customerCount: z.number().int(),
  createdAt: z.string(),
});
export type ExchangeMonitor = z.output<typeof exchangeMonitor>;

export const monitorsContract = {
  'monitors.list': operation(
    'Every exchange monitor, with how many customers use it',
    z.object({ activeOnly: z.boolean().default(false) }).default({ activeOnly: false }),
    z.array(exchangeMonitor),
  ),
  'monitors.create': operation('Add an exchange monitor', monitorFields, exchangeMonitor),
  'monitors.update': operation(
    'Rename, re-point, activate or deactivate a monitor',
    monitorFields.extend({ id: recordId('Exchange monitor') }),
    exchangeMonitor,
  ),
};
