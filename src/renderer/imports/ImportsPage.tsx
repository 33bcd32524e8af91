import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';
import { TemplateButton } from './TemplateButton';

export function ImportsPage() {
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <Title order={2}>Import customers</Title>
          <Text c="dimmed" size="sm">
            Bring customers in from a spreadsheet. Every row is checked like the customer form; a dry run shows what
            will happen before anything is saved. Large files may take a few minutes.
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
