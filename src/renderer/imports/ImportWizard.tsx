import { Alert, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy, IconPlayerPlay } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { UnresolvedColumn } from '../../shared/imports/contract';
import type { CountedOptions, RunOptions } from './OptionsStep';
import type { ImportMapping } from '../../shared/imports/mapping';
import { importKindSpecs, type ImportKind } from '../../shared/imports/kinds';
import type { JobInfoOf } from '../../shared/jobs/contract';
import { call } from '../client/api';
import { counted, formatCount } from '../customers/display/format';
import { JobProgress } from '../jobs/JobProgress';
import { isFinished, useJob } from '../jobs/use-job';
import { ChooseFileStep, type ChosenFile } from './ChooseFileStep';
import { MappingStep } from './MappingStep';
import { OptionsStep } from './OptionsStep';
import { importKeys } from './queries';
import { ReportView } from './ReportView';
import { exchangesPath } from '../exchanges/paths';
import { SavePresetModal } from './SavePresetModal';
import { ValuesStep } from './ValuesStep';

const steps = { file: 0, mapping: 1, values: 2, check: 3, options: 4, run: 5 } as const;

/** Choose file → columns → values that need mapping (when any) → dry run → options → import with progress → summary. */
export function ImportWizard() {
  const client = useQueryClient();
  const wide = useMediaQuery('(min-width: 100em)');
  const [step, setStep] = useState<number>(steps.file);
  const [kind, setKind] = useState<ImportKind>('customers');
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({ columns: {}, constants: {}, values: {} });
  const [unresolved, setUnresolved] = useState<UnresolvedColumn[]>([]);
  const [saving, setSaving] = useState(false);
  const [options, setOptions] = useState<RunOptions>({ mode: 'insert', onInvalid: 'skip', onWarning: 'import' });
  /** What the dry run counted for: the options that change its counts. */
  const [countedFor, setCountedFor] = useState<CountedOptions>({ mode: 'insert', onWarning: 'import' });
  const [checkJob, setCheckJob] = useState<JobInfoOf<'import.check'> | null>(null);
  const [runJob, setRunJob] = useState<JobInfoOf<'import.run'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = useJob(checkJob);
  const run = useJob(runJob);
  const checkReport = check?.state === 'done' ? check.result : null;
  const runReport = run?.state === 'done' ? run.result : null;
  const runEnded = run !== null && isFinished(run);

  useEffect(() => {
    if (runEnded) void client.invalidateQueries({ queryKey: importKeys.history });
    if (run?.state === 'done') void client.invalidateQueries();
  }, [runEnded, run?.state, client]);

  async function startCheck() {
    if (!chosen) return;
    setError(null);
    setBusy(true);
    try {
      setCheckJob(await call('imports.check', { kind, source: chosen.source, mapping, ...options }));
      setCountedFor({ mode: options.mode, onWarning: options.onWarning });
      setStep(steps.check);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  /** The values step when the file has values to map, else straight to the dry run. */
  async function continueFromColumns() {
    if (!chosen) return;
    setError(null);
    setBusy(true);
    try {
      const { columns } = await call('imports.values', { kind, source: chosen.source, mapping });
      setUnresolved(columns);
      if (columns.length > 0) setStep(steps.values);
      else await startCheck();
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function startImport() {
    if (!chosen) return;
    setBusy(true);
    try {
      setRunJob(
        await call('imports.start', {
          kind,
          source: chosen.source,
          mapping,
          ...options,
          expectedRows: checkReport?.rows ?? null,
        }),
      );
      setStep(steps.run);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function restart() {
    setChosen(null);
    setUnresolved([]);
    setCheckJob(null);
    setRunJob(null);
    setError(null);
    setStep(steps.file);
  }

  const locked = run !== null;
  // Six steps with their descriptions take a second line below about 1,600 px: labels alone there.
  const described = (description: string) => (wide ? description : undefined);
  return (
    <Stack>
      <Stepper active={step} onStepClick={(target) => !locked && target < step && setStep(target)} size="sm">
        <Stepper.Step label="File" description={described(chosen ? chosen.file.fileName : 'A CSV or a spreadsheet')}>
          <ChooseFileStep
            kind={kind}
            onKind={(next) => {
              setKind(next);
              // Only customers can be updated: activity is added.
              setOptions((current) => ({ ...current, mode: 'insert' }));
            }}
            onChosen={(file) => {
              setChosen(file);
              setMapping(file.mapping);
              setError(null);
              setStep(steps.mapping);
            }}
          />
        </Stepper.Step>
        <Stepper.Step label="Columns" description={described('Match to fields')}>
          {chosen && (
            <MappingStep kind={kind} file={chosen.file} mapping={mapping} onChange={setMapping} error={error} />
          )}
          <Group justify="space-between" mt="md">
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={restart}>
              Another file
            </Button>
            <Button
              rightSection={<IconArrowRight size={16} />}
              loading={busy}
              onClick={() => void continueFromColumns()}
            >
              Check the file
            </Button>
          </Group>
        </Stepper.Step>
        <Stepper.Step label="Values" description={described('Map what files write')}>
          <ValuesStep kind={kind} columns={unresolved} mapping={mapping} onChange={setMapping} />
          {error && (
            <Alert color="red" mt="md">
              {error}
            </Alert>
          )}
          <Group justify="space-between" mt="md">
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(steps.mapping)}>
              Columns
            </Button>
            <Group>
              <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => setSaving(true)}>
                Save mapping…
              </Button>
              <Button rightSection={<IconArrowRight size={16} />} loading={busy} onClick={() => void startCheck()}>
                Check the file
              </Button>
            </Group>
          </Group>
          <SavePresetModal opened={saving} onClose={() => setSaving(false)} mapping={mapping} />
        </Stepper.Step>
        <Stepper.Step label="Dry run" description={described('Nothing is saved')}>
          <Stack>
            {check && !checkReport && <JobProgress job={check} />}
            {checkReport && <ReportView report={checkReport} />}
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} />}
                onClick={() => setStep(unresolved.length > 0 ? steps.values : steps.mapping)}
              >
                {unresolved.length > 0 ? 'Values' : 'Columns'}
              </Button>
              <Button
                rightSection={<IconArrowRight size={16} />}
                disabled={!checkReport}
                onClick={() => setStep(steps.options)}
              >
                Continue
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Options" description={described('Update or add')}>
          {checkReport && (
            <OptionsStep
              kind={kind}
              options={options}
              report={checkReport}
              countedFor={countedFor}
              onChange={setOptions}
            />
          )}
          {error && (
            <Alert color="red" mt="md">
              {error}
            </Alert>
          )}
          <Group justify="space-between" mt="md">
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(steps.check)}>
              Dry run
            </Button>
            <Group>
              {(options.mode !== countedFor.mode || options.onWarning !== countedFor.onWarning) && (
                <Button variant="light" loading={busy} onClick={() => void startCheck()}>
                  Check again
                </Button>
              )}
              <Button leftSection={<IconPlayerPlay size={16} />} loading={busy} onClick={() => void startImport()}>
                Start import
              </Button>
            </Group>
          </Group>
        </Stepper.Step>
        <Stepper.Step label="Import" description={described('Progress and summary')}>
          <Stack>
            {run && <JobProgress job={run} />}
            {runReport && (
              <>
                {runReport.refused ? (
                  <Alert color="orange" title="File refused">
                    {counted(runReport.errorCount, 'problem')} found, so nothing was imported. Fix the file and import
                    it again.
                  </Alert>
                ) : (
                  <Alert color="teal" title="Import finished">
                    <Text size="sm">
                      {kind === 'customers' ? (
                        <>
                          {counted(runReport.toCreate, 'customer')} created, {formatCount(runReport.toUpdate)} updated.{' '}
                          <Link to="/customers">Open the customer list</Link>
                        </>
                      ) : (
                        <>
                          {formatCount(runReport.toCreate)} {importKindSpecs[kind].noun.many} added.{' '}
                          {kind === 'exchanges' && <Link to={exchangesPath}>Open the exchanges</Link>}
                        </>
                      )}
                    </Text>
                  </Alert>
                )}
                <ReportView report={runReport} created={!runReport.refused} />
              </>
            )}
            {run?.state === 'cancelled' && (
              <Alert color="gray" title="Import cancelled">
                The rows saved before the cancel stay. Resume the import or undo it from the history below.
              </Alert>
            )}
            {runEnded && (
              <Group justify="flex-end">
                <Button onClick={restart}>Import another file</Button>
              </Group>
            )}
          </Stack>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
