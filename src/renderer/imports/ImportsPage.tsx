import { Group, Paper, Stack, Text } from '@mantine/core';
import { importKindLabels, importKinds } from '../../shared/imports/kinds';
import { PageTitle } from '../app/PageTitle';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';
import { TemplateButton } from './TemplateButton';

/** "exchanges, ledger entries, ... and sessions": the activity a file may hold, from the kinds themselves. */
const activityKinds = new Intl.ListFormat('en', { type: 'conjunction' }).format(
  importKinds.filter((kind) => kind !== 'customers').map((kind) => importKindLabels[kind].toLowerCase()),
);

export function ImportsPage() {
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <PageTitle>Import customers</PageTitle>
          <Text c="dimmed" size="sm">
            Bring customers, or their {activityKinds} (matched by email or reference ID), in from a spreadsheet. Every
            row is checked like the customer form; a dry run shows what will happen before anything is saved. Large
            files may take a few minutes.
          </Text>
        </div>
        <TemplateButton />
      </Group>
      <Paper withBorder p="lg" radius="md">
        <ImportWizard />
      </Paper>
      <ImportHistory />
    </Stack>
  );
}
