import { keyValues, limits } from '../../../../shared/customers/fields';
import { fieldErrorMarker } from '../../../forms/schema-form';
import { KeyValueEditor } from '../../../inputs/KeyValueEditor';
import { useCustomerFormContext } from '../form-context';
import { FormSection } from './FormSection';

interface Props {
  field: 'customFields' | 'metadata';
  title: string;
  noun: string;
  /** Keys saved before this edit (lower case); new ones count toward the per-update limit. */
  storedKeys: ReadonlySet<string>;
}

const keyLimits = { perUpdate: limits.keysPerUpdate, total: limits.keysTotal };

export function KeyValueSection({ field, title, noun, storedKeys }: Props) {
  const form = useCustomerFormContext();
  const error = form.errors[field];
  return (
    <FormSection title={title} hint={`at most ${limits.keysPerUpdate} added per save`}>
      <div {...{ [fieldErrorMarker]: error ? true : undefined }}>
        <KeyValueEditor
          label={title}
          noun={noun}
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
    </FormSection>
  );
}
