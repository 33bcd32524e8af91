import { Alert, Button, Group, Kbd, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { customerInput, type Customer, type CustomerInput } from '../../../shared/customers/schema';
import { ApiError } from '../../../shared/errors';
import { useLeaveGuard } from '../../forms/leave-guard';
import { focusFirstError, schemaValidate, showSaveError } from '../../forms/schema-form';
import { CustomerFormProvider, useCustomerForm } from './form-context';
import { FormTheme } from './form-theme';
import { toCustomerInput, type CustomerFormValues } from './form-values';
import { AddressSection } from './sections/AddressSection';
import { CommercialSection } from './sections/CommercialSection';
import { ContactSection } from './sections/ContactSection';
import { IdentitySection } from './sections/IdentitySection';
import { KeyValueSection } from './sections/KeyValueSection';
import { LabelsSection } from './sections/LabelsSection';
import { PostalSection } from './sections/PostalSection';
import { VerificationSection } from './sections/VerificationSection';

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
const lowerKeys = (entries: { key: string }[]) => new Set(entries.map((entry) => entry.key.trim().toLowerCase()));
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
  const storedKeys = useMemo(
    () => ({ customFields: lowerKeys(initialValues.customFields), metadata: lowerKeys(initialValues.metadata) }),
    [initialValues],
  );

  const submit = form.onSubmit(
    async (values) => {
      setSaving(true);
      try {
        const saved = await save(toCustomerInput(values));
        const name = [saved.firstName, saved.lastName].filter(Boolean).join(' ');
        notifications.show({ color: 'green', message: `Customer ${name} saved` });
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
            <IdentitySection />
            <ContactSection />
            <AddressSection />
            <PostalSection />
            <CommercialSection />
            <VerificationSection />
            <LabelsSection />
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <KeyValueSection
                field="customFields"
                title="Custom fields"
                noun="field"
                storedKeys={storedKeys.customFields}
              />
              <KeyValueSection field="metadata" title="Metadata" noun="metadata" storedKeys={storedKeys.metadata} />
            </SimpleGrid>
          </Stack>
        </FormTheme>
      </form>
      {guard.dialog}
    </CustomerFormProvider>
  );
}
