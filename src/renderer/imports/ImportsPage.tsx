import { Group, Paper, Stack, Text } from '@mantine/core';
import { PageTitle } from '../app/PageTitle';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';
import { TemplateButton } from './TemplateButton';

export function ImportsPage() {
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <PageTitle>Import customers</PageTitle>
          <Text c="dimmed" size="sm">
            Bring customers, or their exchanges and ledger entries (matched by email or reference ID), in from a
            spreadsheet. Every row is checked like the customer form; a dry run shows what will happen before anything
            is saved. Large files may take a few minutes.
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
