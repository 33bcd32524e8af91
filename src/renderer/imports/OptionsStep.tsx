import { Alert, Radio, Stack, Text } from '@mantine/core';
import {
  importModeLabels,
  importModes,
  type ImportMode,
  type ImportReport,
  type InvalidRowPolicy,
} from '../../shared/imports/contract';

const numbers = new Intl.NumberFormat();

/** Step 4: insert-only or upsert, and what happens to rows that need attention. */
export function OptionsStep({
  mode,
  onInvalid,
  report,
  checkedMode,
  onChange,
}: {
  mode: ImportMode;
  onInvalid: InvalidRowPolicy;
  report: ImportReport;
  checkedMode: ImportMode;
  onChange: (options: { mode: ImportMode; onInvalid: InvalidRowPolicy }) => void;
}) {
  const skipped = report.invalid + report.duplicatesInFile + report.duplicatesInDatabase;
  return (
    <Stack>
      <Radio.Group
        label="Customers already in the database"
        value={mode}
        onChange={(value) => onChange({ mode: value as ImportMode, onInvalid })}
      >
        <Stack gap="xs" mt="xs">
          {importModes.map((m) => (
            <Radio key={m} value={m} label={importModeLabels[m]} />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label="Rows with problems"
        value={onInvalid}
        onChange={(value) => onChange({ mode, onInvalid: value as InvalidRowPolicy })}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="skip" label="Skip them and import the rest" />
          <Radio value="refuse" label="Refuse the whole file if any row has a problem" />
        </Stack>
      </Radio.Group>
      {mode === checkedMode ? (
        <Text size="sm">
          {onInvalid === 'refuse' && skipped > 0
            ? `${numbers.format(skipped)} rows have problems: the file would be refused and nothing imported.`
            : `${numbers.format(report.toCreate)} customers will be created and ${numbers.format(report.toUpdate)} updated; ${numbers.format(skipped)} rows skipped.`}
        </Text>
      ) : (
        <Alert color="blue" variant="light">
          The dry run counted for &ldquo;{importModeLabels[checkedMode]}&rdquo;. Run it again to see the counts for this
          choice.
        </Alert>
      )}
    </Stack>
  );
}
