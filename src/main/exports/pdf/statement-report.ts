import type { Writable } from 'node:stream';
import { ledgerKindLabels, ledgerStatusLabels } from '../../../shared/ledger/kinds';
import { formatMoney } from '../../../shared/money/money';
import type { BalanceStatement } from '../../ledger/statement';
import { colors, Report } from './report';

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** The customer's balance statement: opening balance, every entry with the balance after it, closing balance. */
export async function renderStatement(
  statement: BalanceStatement,
  out: Writable,
  fontsFolder: string,
  generatedAt: Date = new Date(),
): Promise<void> {
  const { customer, currency } = statement;
  const money = (minor: bigint) => formatMoney({ amount: minor.toString(), currency }, 'en-US');
  const report = new Report(
    fontsFolder,
    out,
    `Balance statement: ${customer.name}`,
    `Balance statement of customer #${customer.id}`,
  );
  report.titleBlock(`Customer #${customer.id} · generated ${when(generatedAt.toISOString())} UTC by KYC Desk`);
  report.keyValues([
    ['Customer', customer.name],
    ['Email', customer.email],
    ['Referral id', customer.referralCode],
    ['Period', `${statement.from ?? 'first entry'} to ${statement.to ?? 'today'}`],
    ['Currency', currency],
    ['Opening balance', money(statement.opening)],
    ['Closing balance', money(statement.closing)],
    ['Pending credits', `${money(statement.pending)} (not in the balance until confirmed)`],
  ]);
  report.heading('Entries');
  if (statement.lines.length === 0) report.text('No entries in this period.', { color: colors.muted });
  else {
    report.table(
      ['Date', 'Entry', 'Source', 'Status', 'Amount', 'Balance'],
      statement.lines.map(({ entry, balanceAfter }) => [
        when(entry.createdAt),
        `${ledgerKindLabels[entry.kind]}${entry.reason ? `: ${entry.reason}` : ''}`,
        entry.sourceLabel ?? '',
        ledgerStatusLabels[entry.status],
        formatMoney(entry.amount, 'en-US'),
        balanceAfter === null ? '' : money(balanceAfter),
      ]),
      [0.16, 0.28, 0.17, 0.11, 0.14, 0.14],
    );
  }
  await report.end();
}
