import { Alert, Radio, Stack, Text } from '@mantine/core';
import {
  importModeLabels,
  warningRowPolicies,
  warningRowPolicyLabels,
  type ImportMode,
  type ImportReport,
  type InvalidRowPolicy,
  type WarningRowPolicy,
} from '../../shared/imports/contract';
import { importKindSpecs, type ImportKind } from '../../shared/imports/kinds';

const numbers = new Intl.NumberFormat();

export interface RunOptions {
  mode: ImportMode;
  onInvalid: InvalidRowPolicy;
  onWarning: WarningRowPolicy;
}
/** The options a dry run's counts depend on. */
export type CountedOptions = Pick<RunOptions, 'mode' | 'onWarning'>;

/** Step 4: insert-only or upsert, and what happens to rows with problems and with warnings. */
export function OptionsStep({
  kind,
  options,
  report,
  countedFor,
  onChange,
}: {
  kind: ImportKind;
  options: RunOptions;
  report: ImportReport;
  countedFor: CountedOptions;
  onChange: (options: RunOptions) => void;
}) {
  const { mode, onInvalid, onWarning } = options;
  const { modes } = importKindSpecs[kind];
  const skipped = report.invalid + report.duplicatesInFile + report.duplicatesInDatabase;
  const recount = mode !== countedFor.mode || onWarning !== countedFor.onWarning;
  return (
    <Stack>
      {modes.length > 1 && (
        <Radio.Group
          label="Customers already in the database"
          value={mode}
          onChange={(value) => onChange({ ...options, mode: value as ImportMode })}
        >
          <Stack gap="xs" mt="xs">
            {modes.map((m) => (
              <Radio key={m} value={m} label={importModeLabels[m]} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Radio.Group
        label="Rows whose optional values cannot be used"
        description="An unusable phone, date or country of an address, for example"
        value={onWarning}
        onChange={(value) => onChange({ ...options, onWarning: value as WarningRowPolicy })}
      >
        <Stack gap="xs" mt="xs">
          {warningRowPolicies.map((policy) => (
            <Radio key={policy} value={policy} label={warningRowPolicyLabels[policy]} />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label="Rows with problems"
        value={onInvalid}
        onChange={(value) => onChange({ ...options, onInvalid: value as InvalidRowPolicy })}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="skip" label="Skip them and import the rest" />
          <Radio value="refuse" label="Refuse the whole file if any row has a problem" />
        </Stack>
      </Radio.Group>
      {recount ? (
        <Alert color="blue" variant="light">
          The dry run counted for &ldquo;{importModeLabels[countedFor.mode]}&rdquo; and{' '}
          {countedFor.onWarning === 'import' ? 'rows with warnings imported' : 'rows with warnings refused'}. Check the
          file again to see the counts for these choices.
        </Alert>
      ) : (
        <Text size="sm">
          {onInvalid === 'refuse' && skipped > 0
            ? `${numbers.format(skipped)} rows have problems: the file would be refused and nothing imported.`
            : kind === 'customers'
              ? `${numbers.format(report.toCreate)} customers will be created and ${numbers.format(report.toUpdate)} updated (${numbers.format(report.withWarnings)} without some optional value); ${numbers.format(skipped)} rows skipped.`
              : `${numbers.format(report.toCreate)} ${importKindSpecs[kind].noun.many} will be added; ${numbers.format(skipped)} rows skipped.`}
        </Text>
      )}
    </Stack>
  );
}
