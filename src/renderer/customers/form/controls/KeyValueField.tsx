import { useMemo } from 'react';
import { keyValues, limits } from '../../../../shared/customers/fields';
import { fieldErrorMarker } from '../../../forms/schema-form';
import { KeyValueEditor } from '../../../inputs/KeyValueEditor';
import { useCustomerFormContext } from '../form-context';

const keyLimits = { perUpdate: limits.keysPerUpdate, total: limits.keysTotal };
const nouns: Record<string, string> = { customFields: 'field', metadata: 'metadata' };

/** Custom fields or metadata: key/value pairs, with seed 003's limits per save and in total. */
export function KeyValueField({ field, label }: { field: 'customFields' | 'metadata'; label: string }) {
  const form = useCustomerFormContext();
  const error = form.errors[field];
  const initial = form.getInitialValues()[field];
  // Keys saved before this edit (lower case); new ones count toward the per-update limit.
  const storedKeys = useMemo(() => new Set(initial.map((entry) => entry.key.trim().toLowerCase())), [initial]);
  return (
    <div {...{ [fieldErrorMarker]: error ? true : undefined }}>
      <KeyValueEditor
        label={label}
        noun={nouns[field] ?? 'entry'}
        entries={form.getValues()[field]}
        onChange={(entries) => {
          form.setFieldValue(field, entries);
          form.clearFieldError(field);
        }}
        storedKeys={storedKeys}
        limits={keyLimits}
        schema={keyValues}
        error={typeof error === 'string' ? error : undefined}
        entryError={(index, part) => {
          const message = form.errors[`${field}.${index}.${part}`];
          return typeof message === 'string' ? message : undefined;
        }}
      />
    </div>
  );
}
