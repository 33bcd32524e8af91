import type { z } from 'zod';
import { customersContract } from './customers/contract';
import { dashboardContract } from './dashboard/contract';
import { documentReadingContract } from './document-reading/contract';
import { exchangesContract } from './exchanges/contract';
import { exportsContract } from './exports/contract';
import { importsContract } from './imports/contract';
import { jobsContract } from './jobs/contract';
import { kycContract } from './kyc/contract';
import { ledgerContract } from './ledger/contract';
import { monitorsContract } from './monitors/contract';
import { referralsContract } from './referrals/contract';
import { reserveRequestsContract } from './reserve-requests/contract';
import { reviewsContract } from './reviews/contract';
import { sessionsContract } from './sessions/contract';
import { ticketsContract } from './tickets/contract';
import { vaultContract } from './vault/contract';

/** The one table of operations. Every transport, the router and the client are typed from it. */
export const api = {
  ...customersContract,
  ...monitorsContract,
  ...jobsContract,
  ...importsContract,
  ...kycContract,
  ...documentReadingContract,
  ...exportsContract,
  ...vaultContract,
  ...dashboardContract,
  ...exchangesContract,
  ...ledgerContract,
  ...referralsContract,
  ...reviewsContract,
  ...reserveRequestsContract,
  ...ticketsContract,
  ...sessionsContract,
} as const;

export type Api = typeof api;
export type OperationName = keyof Api & string;
/** What a caller may send (before zod defaults and transforms). */
export type InputOf<N extends OperationName> = z.input<Api[N]['input']>;
/** What a handler receives (after validation). */
export type ParsedInputOf<N extends OperationName> = z.output<Api[N]['input']>;
/** What a caller receives. */
export type OutputOf<N extends OperationName> = z.output<Api[N]['output']>;

export const operationNames = Object.keys(api) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(api, name);
}
