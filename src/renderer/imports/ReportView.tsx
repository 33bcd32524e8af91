import { Alert, Badge, Button, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconEyeCheck } from '@tabler/icons-react';
import { severityLabels, type ImportReport } from '../../shared/imports/contract';
import { counted, formatCount } from '../customers/display/format';
import { downloadUrl } from '../jobs/downloads';

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm" radius="md" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={value > 0 ? color : undefined}>
        {formatCount(value)}
      </Text>
    </Paper>
  );
}

/** Counts of a dry run or an import, the first errors and the full error report. */
export function ReportView({ report, created }: { report: ImportReport; created?: boolean }) {
  const reportUrl = report.errorReport ? downloadUrl(report.errorReport) : null;
  // Rows and problems apart: a row can have several problems.
  const rowsWithProblems = report.invalid + report.duplicatesInFile + report.duplicatesInDatabase + report.withWarnings;
  const problems = `${counted(report.errorCount, 'problem')} in ${counted(rowsWithProblems, 'row')}`;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 3, md: report.unchanged > 0 ? 8 : 7 }} spacing="sm">
        <Count label="Rows" value={report.rows} />
        <Count label={created ? 'Created' : 'To create'} value={report.toCreate} color="teal" />
        <Count label={created ? 'Updated' : 'To update'} value={report.toUpdate} color="blue" />
        {report.unchanged > 0 && <Count label="Unchanged" value={report.unchanged} />}
        <Count label="With warnings" value={report.withWarnings} color="yellow" />
        <Count label="Invalid" value={report.invalid} color="red" />
        <Count label="Duplicates in file" value={report.duplicatesInFile} color="orange" />
        <Count label="Already in database" value={report.duplicatesInDatabase} color="orange" />
      </SimpleGrid>
      {report.checksToReview > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconEyeCheck size={18} />}
          title={`${counted(report.checksToReview, 'verification check')} ${created ? 'came' : 'come'} in for review`}
        >
          The file marks these document, selfie and address checks verified, but their files are not on this desk, so
          they wait in KYC review instead of counting as verified.
        </Alert>
      )}
      {report.errorCount > 0 && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>
              {report.errorCount > report.errors.length ? `First ${report.errors.length} of ${problems}` : problems}
            </Text>
            {reportUrl && (
              <Button component="a" href={reportUrl} download variant="light" leftSection={<IconDownload size={16} />}>
                Download error report
              </Button>
            )}
          </Group>
          <ScrollArea.Autosize mah={300} type="auto">
            <Table striped verticalSpacing={4} aria-label="Row errors" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>Row</Table.Th>
                  <Table.Th w="22%">Customer</Table.Th>
                  <Table.Th w="15%">Column</Table.Th>
                  <Table.Th w="18%">Value</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.map((error, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{error.customer}</Table.Td>
                    <Table.Td>{error.column}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{error.value}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <Badge
                          size="xs"
                          variant="light"
                          color={error.severity === 'error' ? 'red' : 'yellow'}
                          style={{ flex: 'none' }}
                        >
                          {severityLabels[error.severity]}
                        </Badge>
                        <Text size="sm">{error.message}</Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Stack>
  );
}
