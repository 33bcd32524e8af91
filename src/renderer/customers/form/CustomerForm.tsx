import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { PageTitle } from '../../app/PageTitle';
import { formSections, type FormSectionKey } from '../../../shared/customers/field-table';
import { customerInput, type Customer, type CustomerInput } from '../../../shared/customers/schema';
import { ApiError } from '../../../shared/errors';
import { useLeaveGuard } from '../../forms/leave-guard';
import { KeyHints } from '../../keyboard/KeyHints';
import { onOpenPopup, type Shortcut } from '../../keyboard/shortcut';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { customerName } from '../display/format';
import { focusFirstError, schemaValidate, showSaveError } from '../../forms/schema-form';
import { CustomerFormProvider, useCustomerForm } from './form-context';
import { FormTheme } from './form-theme';
import { toCustomerInput, type CustomerFormValues } from './form-values';
import { FieldSection } from './sections/FieldSection';

interface Props {
  title: string;
  subtitle?: ReactNode;
  initialValues: CustomerFormValues;
  saveLabel: string;
  save: (input: CustomerInput) => Promise<Customer>;
  /** Where Cancel and Esc go. */
  cancelTo: string;
  /** Offered when the save was refused because someone else changed the customer meanwhile. */
  onReload?: () => void;
}

const validateCustomer = schemaValidate<CustomerInput>(customerInput);
const sections = Object.keys(formSections) as FormSectionKey[];
/** Sections shown side by side, below the others. */
const halfWidth = new Set<FormSectionKey>(['customFields', 'metadata']);

/** The customer create and edit form: every rule comes from the shared schema, checked on blur and on save. */
export function CustomerForm({ title, subtitle, initialValues, saveLabel, save, cancelTo, onReload }: Props) {
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState<string | null>(null);
  const form = useCustomerForm({
    mode: 'controlled',
    initialValues,
    validate: (values) => validateCustomer(toCustomerInput(values)),
    validateInputOnBlur: true,
  });
  const guard = useLeaveGuard(form.isDirty() && !saving);

  const submit = form.onSubmit(
    async (values) => {
      setSaving(true);
      try {
        const saved = await save(toCustomerInput(values));
        notifications.show({ color: 'green', message: `Customer ${customerName(saved)} saved` });
        guard.leaveSaved(`/customers/${saved.id}`);
      } catch (error) {
        setSaving(false);
        if (error instanceof ApiError && error.code === 'CONFLICT' && !error.fieldErrors) setStale(error.message);
        else showSaveError(form, error);
      }
    },
    () => focusFirstError(),
  );

  const shortcuts: Shortcut[] = [
    { keys: ['mod+s'], label: 'Save', hint: 'saves', run: () => void submit(), inFields: true },
    {
      keys: ['escape'],
      label: 'Cancel (asks first if anything changed)',
      hint: 'cancels',
      run: () => guard.leave(cancelTo),
      inFields: true,
      when: (event) => !onOpenPopup(event),
    },
  ];
  useShortcuts('Customer form', shortcuts);

  return (
    <CustomerFormProvider form={form}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Paper
          pos="sticky"
          top={0}
          py="sm"
          mb="md"
          radius={0}
          style={{ zIndex: 10, borderBottom: '1px solid var(--mantine-color-default-border)' }}
        >
          <Group justify="space-between" wrap="nowrap">
            <div>
              <PageTitle>{title}</PageTitle>
              {subtitle && (
                <Text size="sm" c="dimmed">
                  {subtitle}
                </Text>
              )}
            </div>
            <Group gap="xs" wrap="nowrap">
              <KeyHints shortcuts={shortcuts} />
              <Button variant="default" onClick={() => guard.leave(cancelTo)}>
                Cancel
              </Button>
              <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
                {saveLabel}
              </Button>
            </Group>
          </Group>
        </Paper>

        {stale && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Not saved: this customer changed" mb="md">
            <Text size="sm">{stale}</Text>
            {onReload && (
              <Button size="xs" mt="xs" variant="light" color="orange" onClick={onReload}>
                Reload the customer (discards your edits)
              </Button>
            )}
          </Alert>
        )}

        <FormTheme>
          <Stack gap="md" maw={1200}>
            {sections
              .filter((section) => !halfWidth.has(section))
              .map((section) => (
                <FieldSection key={section} section={section} />
              ))}
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              {sections
                .filter((section) => halfWidth.has(section))
                .map((section) => (
                  <FieldSection key={section} section={section} />
                ))}
            </SimpleGrid>
          </Stack>
        </FormTheme>
      </form>
      {guard.dialog}
    </CustomerFormProvider>
  );
}
