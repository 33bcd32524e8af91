import { Alert, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconArrowRight, IconFileUpload, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { FileFacts, ImportSource } from '../../shared/imports/contract';
import type { ImportMapping } from '../../shared/imports/mapping';
import { importKindLabels, importKinds, type ImportKind } from '../../shared/imports/kinds';
import { call } from '../client/api';
import { canPickNatively, importFileTypes, pickFileSource, uploadFile } from './upload';

export interface ChosenFile {
  source: ImportSource;
  file: FileFacts;
  mapping: ImportMapping;
}

/**
 * Step 1: a CSV or a spreadsheet from disk; the core reads its start and suggests a mapping. A
 * workbook with several sheets stays here until the user has picked the sheet to import.
 */
export function ChooseFileStep({
  kind,
  onKind,
  onChosen,
}: {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  onChosen: (chosen: ChosenFile) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** A workbook with several sheets: its sheets, the one picked, and that sheet read (null until it can be). */
  const [workbook, setWorkbook] = useState<{
    source: ImportSource;
    fileName: string;
    sheets: string[];
    sheet: string;
    chosen: ChosenFile | null;
  } | null>(null);

  async function inspect(source: ImportSource): Promise<ChosenFile> {
    const { file, mapping } = await call('imports.inspect', { source, kind });
    return { source: file.sheet === null ? source : { ...source, sheet: file.sheet }, file, mapping };
  }

  async function open(picked: Promise<ImportSource | null>) {
    setError(null);
    setWorkbook(null);
    setBusy(true);
    try {
      const source = await picked;
      if (!source) return;
      const chosen = await inspect(source);
      const { sheets, sheet, fileName } = chosen.file;
      if (sheets.length > 1 && sheet !== null) setWorkbook({ source, fileName, sheets, sheet, chosen });
      else onChosen(chosen);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function pickSheet(sheet: string | null) {
    if (!workbook || !sheet) return;
    setError(null);
    setWorkbook({ ...workbook, sheet, chosen: null });
    setBusy(true);
    try {
      const chosen = await inspect({ ...workbook.source, sheet });
      setWorkbook({ ...workbook, sheet, chosen });
    } catch (reason) {
      // The sheets stay listed: another one can be picked.
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <SegmentedControl
        aria-label="The file holds"
        value={kind}
        onChange={(value) => onKind(value as ImportKind)}
        data={importKinds.map((value) => ({ value, label: importKindLabels[value] }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {canPickNatively ? (
        <Group>
          <Button leftSection={<IconFolderOpen size={16} />} loading={busy} onClick={() => void open(pickFileSource())}>
            Choose a CSV or spreadsheet…
          </Button>
        </Group>
      ) : (
        <Dropzone
          onDrop={(files) => files[0] && void open(uploadFile(files[0]))}
          onReject={() => setError('Choose one CSV file or spreadsheet (.xlsx, .ods)')}
          maxFiles={1}
          multiple={false}
          loading={busy}
          accept={importFileTypes}
          inputProps={{ 'aria-label': 'Choose a CSV file or spreadsheet' }}
        >
          <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }}>
            <IconFileUpload size={44} stroke={1.4} color="var(--mantine-color-blue-6)" />
            <div>
              <Text size="lg" fw={500}>
                Drop a CSV file or spreadsheet here, or click to choose one
              </Text>
              <Text size="sm" c="dimmed" mt={4}>
                Comma, semicolon or tab separated text in UTF-8 or Windows encoding, or an Excel (.xlsx) or OpenDocument
                (.ods) workbook.
              </Text>
            </div>
          </Group>
        </Dropzone>
      )}
      {workbook && (
        <Group align="flex-end">
          <Select
            label="Sheet to import"
            description={`${workbook.fileName} has ${workbook.sheets.length} sheets`}
            data={workbook.sheets}
            value={workbook.sheet}
            onChange={(sheet) => void pickSheet(sheet)}
            allowDeselect={false}
            w={320}
          />
          <Button
            rightSection={<IconArrowRight size={16} />}
            loading={busy}
            disabled={!workbook.chosen}
            onClick={() => workbook.chosen && onChosen(workbook.chosen)}
          >
            Use this sheet
          </Button>
        </Group>
      )}
      {error && (
        <Alert color="red" title="This file cannot be read">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
