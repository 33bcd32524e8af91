import { ApiError } from '../../shared/errors';
import { ledgerTransitions } from '../../shared/ledger/kinds';
import { formatMoney } from '../../shared/money/money';
import type { HandlerTable } from '../api';
import { writeAudit } from '../audit/log';
import { customerHeadline } from '../customers/headline';
import { decodeCursor, encodeCursor } from '../db/keyset';
import { writeDownload } from '../exports/files';
import { renderStatement } from '../exports/pdf/statement-report';
import { sqliteOf } from '../db/sqlite/database';
import type { Storage } from '../db/storage';
import { balanceOf } from './balance';
import { appendEntry, entryRows, findEntry, refusedBelowZero } from './entries';
import { baseCurrency, baseCurrencyFixed, setBaseCurrency } from './settings';
import { balanceStatement } from './statement';
import { verifyLedger } from './verify';

type LedgerOperations =
  | 'settings.get'
  | 'settings.setBaseCurrency'
  | 'ledger.list'
  | 'ledger.verify'
  | 'ledger.setStatus'
  | 'ledger.statement'
  | 'rewards.give';

/** Where statements are written and with which fonts. */
export interface StatementFiles {
  dataDir: string;
  fontsFolder: string;
}

export function ledgerHandlers(
  storage: Storage,
  actor: () => string,
  files: StatementFiles,
): HandlerTable<LedgerOperations> {
  return {
    'settings.get': () =>
      storage.read((db) => ({ baseCurrency: baseCurrency(db), baseCurrencyFixed: baseCurrencyFixed(db) })),
    'settings.setBaseCurrency': ({ currency }) =>
      storage.withTransaction(
        async (tx) => {
          const before = baseCurrency(tx);
          setBaseCurrency(tx, currency);
          if (before !== currency) {
            await writeAudit(tx, {
              actor: actor(),
              entity: 'settings',
              entityId: 1,
              action: 'set_base_currency',
              changes: { baseCurrency: { from: before, to: currency } },
            });
          }
          return { baseCurrency: currency, baseCurrencyFixed: baseCurrencyFixed(tx) };
        },
        { what: 'saving the settings' },
      ),
    'ledger.list': ({ customerId, cursor, limit }) =>
      storage.read((db) => {
        customerHeadline(db, customerId);
        const [afterId] = cursor ? (decodeCursor(cursor, 1) as [number]) : [Number.MAX_SAFE_INTEGER];
        const rows = entryRows(db, 'e.customer_id = ? AND e.id < ? ORDER BY e.id DESC LIMIT ?', [
          customerId,
          afterId,
          limit + 1,
        ]);
        const items = rows.slice(0, limit);
        const last = items.at(-1);
        return {
          items,
          nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
          balance: balanceOf(db, customerId, baseCurrency(db)),
        };
      }),
    'ledger.verify': ({ customerId }) => storage.read((db) => verifyLedger(db, customerId)),
    'ledger.setStatus': ({ id, status, reason }) =>
      storage.withTransaction(
        async (tx) => {
          const entry = findEntry(tx, id);
          if (entry.status === status) return entry;
          if (entry.kind === 'withdrawal' || entry.kind === 'reversal') {
            throw new ApiError(
              'CONFLICT',
              'A withdrawal or reversal keeps its status; reverse the entry it undoes instead',
            );
          }
          if (!ledgerTransitions[entry.status].includes(status)) {
            throw new ApiError('CONFLICT', `A ${entry.status} entry cannot become ${status}`, {
              status: `A ${entry.status} entry cannot become ${status}`,
            });
          }
          try {
            sqliteOf(tx)
              .$client.prepare('UPDATE ledger_entries SET status = ?, status_changed_at = ? WHERE id = ?')
              .run(status, new Date().toISOString(), id);
          } catch (error) {
            throw refusedBelowZero(error);
          }
          await writeAudit(tx, {
            actor: actor(),
            entity: 'ledger_entry',
            entityId: id,
            action: 'set_status',
            reason,
            changes: { status: { from: entry.status, to: status } },
          });
          return findEntry(tx, id);
        },
        { what: 'saving the ledger entry' },
      ),
    'ledger.statement': async ({ customerId, from, to }) => {
      const statement = await storage.read((db) => balanceStatement(db, customerId, from, to));
      return writeDownload(files.dataDir, `balance-statement-${customerId}`, 'pdf', async (out) => {
        await renderStatement(statement, out, files.fontsFolder);
        return statement.lines.length;
      });
    },
    'rewards.give': ({ customerId, amount, reason }) =>
      storage.withTransaction(
        async (tx) => {
          customerHeadline(tx, customerId);
          const currency = baseCurrency(tx);
          if (amount.currency !== currency) {
            const message = `Rewards are given in the base currency, ${currency}`;
            throw new ApiError('VALIDATION', message, { 'amount.currency': message });
          }
          const before = balanceOf(tx, customerId, currency);
          const who = actor();
          const entryId = appendEntry(tx, {
            customerId,
            kind: 'admin_reward',
            amount: BigInt(amount.amount),
            currency,
            status: 'confirmed',
            source: 'staff',
            sourceId: null,
            reason,
            actor: who,
            at: new Date().toISOString(),
          });
          await writeAudit(tx, {
            actor: who,
            entity: 'customer',
            entityId: customerId,
            action: 'give_reward',
            reason,
            changes: { reward: { from: null, to: formatMoney(amount, 'en-US') } },
          });
          return { entry: findEntry(tx, entryId), before, after: balanceOf(tx, customerId, currency) };
        },
        { what: 'giving the reward' },
      ),
  };
}
