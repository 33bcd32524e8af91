import { Group, NumberInput, Radio, Switch, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { CustomerFieldKey, FieldSpec } from '../../../shared/customers/field-table';
import { documentChecks, limits } from '../../../shared/customers/fields';
import { fieldErrorMarker } from '../../forms/schema-form';
import { CountrySelect } from '../../inputs/CountrySelect';
import { PhoneInput } from '../../inputs/PhoneInput';
import { TimezoneSelect } from '../../inputs/TimezoneSelect';
import { useLabels } from '../queries';
import { parseDayMonthYear } from './birth-date';
import { KeyValueField } from './controls/KeyValueField';
import { MonitorSelect } from './controls/MonitorSelect';
import { PostalDetails } from './controls/PostalDetails';
import { ProgressDisplay } from './controls/ProgressDisplay';
import { ReviewedCheck } from './controls/ReviewedCheck';
import { useCustomerFormContext } from './form-context';

const percent = (
  <Text size="sm" c="dimmed">
    %
  </Text>
);
/** Checks KYC review decides after looking at a file: the core refuses them from the form. */
const reviewed = new Set<string>(documentChecks);

export interface FormField extends FieldSpec {
  key: CustomerFieldKey;
}

/** Required: what the schema rejects when absent. */
const isRequired = (field: FieldSpec) => !field.rule.safeParse(undefined).success;

function LabelsInput({ field }: { field: FormField }) {
  const form = useCustomerFormContext();
  const labels = useLabels();
  const count = form.getValues().labels.length;
  return (
    <TagsInput
      aria-label={field.label}
      description={`Press Enter after each label; ${count} of ${limits.labels}`}
      placeholder="Add a label"
      data={labels.data?.map((entry) => entry.label) ?? []}
      maxTags={limits.labels}
      clearable
      {...form.getInputProps(field.key)}
      error={
        form.errors[field.key] ?? Object.entries(form.errors).find(([path]) => path.startsWith(`${field.key}.`))?.[1]
      }
    />
  );
}

/** The input of one field of the table, chosen by its kind. */
export function FieldInput({ field, autoFocus }: { field: FormField; autoFocus?: boolean }) {
  const form = useCustomerFormContext();
  const { key, label, hint: description } = field;
  const withAsterisk = isRequired(field) || undefined;
  const text = { label, description, withAsterisk, autoComplete: 'off', ...form.getInputProps(key) };
  switch (field.kind) {
    case 'text':
      return <TextInput {...text} autoFocus={autoFocus} />;
    case 'email':
      return <TextInput {...text} type="email" />;
    case 'extension':
      return <TextInput {...text} inputMode="numeric" />;
    case 'decimalPercent':
      return <TextInput {...text} inputMode="decimal" rightSection={percent} />;
    case 'longText':
      return <Textarea {...text} mt="xs" autosize minRows={1} maxRows={4} />;
    case 'phone':
      return <PhoneInput label={label} country={form.getValues().country} {...form.getInputProps(key)} />;
    case 'country':
      return <CountrySelect label={label} withAsterisk={withAsterisk} {...form.getInputProps(key)} />;
    case 'timeZone':
      return <TimezoneSelect label={label} {...form.getInputProps(key)} />;
    case 'enum':
      return (
        <Radio.Group
          label={label}
          withAsterisk={withAsterisk}
          {...form.getInputProps(key)}
          {...{ [fieldErrorMarker]: form.errors[key] ? true : undefined }}
        >
          <Group gap="md" mt={8}>
            {field.options?.values.map((value) => (
              <Radio key={value} value={value} label={field.options?.labels[value]} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'boolean':
      return (
        <Switch label={label} description={description} mt={24} {...form.getInputProps(key, { type: 'checkbox' })} />
      );
    case 'verificationFlag':
      if (field.check && reviewed.has(field.check)) return <ReviewedCheck label={label} check={field.check} />;
      return <Switch label={label} description={description} {...form.getInputProps(key, { type: 'checkbox' })} />;
    case 'wholePercent':
      return (
        <NumberInput
          label={label}
          description={description}
          rightSection={percent}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          {...form.getInputProps(key)}
        />
      );
    case 'date':
      return (
        <DateInput
          label={label}
          description={description}
          placeholder="DD-MM-YYYY"
          valueFormat="DD-MM-YYYY"
          dateParser={parseDayMonthYear}
          defaultLevel="decade"
          clearable
          {...form.getInputProps(key)}
        />
      );
    case 'labels':
      return <LabelsInput field={field} />;
    case 'postal':
      return <PostalDetails field={key as 'billing' | 'shipping'} label={label} />;
    case 'keyValues':
      return <KeyValueField field={key as 'customFields' | 'metadata'} label={label} />;
    case 'exchangeMonitor':
      return <MonitorSelect field={key as 'exchangeMonitorId'} label={label} />;
    case 'verificationProgress':
      return <ProgressDisplay label={label} />;
  }
}
