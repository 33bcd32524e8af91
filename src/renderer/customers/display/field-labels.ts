import { customerFieldList } from '../../../shared/customers/field-table';
import type { VerificationCheck } from '../../../shared/customers/fields';
import { exportColumns } from '../../../shared/exports/columns';
import { checkLabels, slotLabels, type DocumentSlot } from '../../../shared/kyc/fields';

/** How a customer field is named on screen, e.g. in the history of changes: the field table's label. */
const fieldLabels: Record<string, string> = {
  ...Object.fromEntries(Object.entries(exportColumns).map(([key, column]) => [key, column.label])),
  ...Object.fromEntries(customerFieldList.map((field) => [field.key, field.label])),
  decision: 'Decision log entry',
};

/**
 * What an audit change's key names, in words: a field ("Email"), a file slot
 * (`document.addressFile`: "Proof of address") or a check (`check.address`: "Proof of address check").
 */
export function fieldLabel(field: string): string {
  const [group, name] = field.split('.') as [string, string | undefined];
  if (group === 'document' && name && name in slotLabels) return slotLabels[name as DocumentSlot];
  if (group === 'check' && name && name in checkLabels) return `${checkLabels[name as VerificationCheck]} check`;
  if (group === 'session' && name) return `Session #${name}`;
  return fieldLabels[field] ?? field;
}
