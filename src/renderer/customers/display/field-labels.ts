import { customerFieldList } from '../../../shared/customers/field-table';
import { exportColumns } from '../../../shared/exports/columns';

/** How a customer field is named on screen, e.g. in the history of changes: the field table's label. */
const fieldLabels: Record<string, string> = {
  ...Object.fromEntries(Object.entries(exportColumns).map(([key, column]) => [key, column.label])),
  ...Object.fromEntries(customerFieldList.map((field) => [field.key, field.label])),
};

export function fieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}
