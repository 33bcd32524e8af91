import { Alert, Button, Group, Kbd, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { formSections, type FormSectionKey } from '../../../shared/customers/field-table';
import { customerInput, type Customer, type CustomerInput } from '../../../shared/customers/schema';
import { ApiError } from '../../../shared/errors';
import { useLeaveGuard } from '../../forms/leave-guard';
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
/** A dialog holding focus owns the keyboard; a closing one (still fading out) does not. */
const dialogOpen = () => document.activeElement?.closest('[role="dialog"]') != null;

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

  useHotkeys([['mod+S', () => !dialogOpen() && submit()]], []);
  useHotkeys([['Escape', () => !dialogOpen() && guard.leave(cancelTo)]]);

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
              <Title order={2}>{title}</Title>
              {subtitle && (
                <Text size="sm" c="dimmed">
                  {subtitle}
                </Text>
              )}
            </div>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed" visibleFrom="md">
                <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd> saves · <Kbd size="xs">Esc</Kbd> cancels
              </Text>
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
