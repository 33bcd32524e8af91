import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileUpload, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { FileFacts, ImportSource } from '../../shared/imports/contract';
import type { ImportMapping } from '../../shared/imports/mapping';
import { call } from '../client/api';
import { canPickNatively, pickFileSource, uploadFile } from './upload';

export interface ChosenFile {
  source: ImportSource;
  file: FileFacts;
  mapping: ImportMapping;
}

/** Step 1: a CSV from disk; the core reads its start and suggests a mapping. */
export function ChooseFileStep({ onChosen }: { onChosen: (chosen: ChosenFile) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open(source: Promise<ImportSource | null>) {
    setError(null);
    setBusy(true);
    try {
      const chosen = await source;
      if (!chosen) return;
      const { file, mapping } = await call('imports.inspect', { source: chosen });
      if (file.headers.length === 0) throw new Error(`${file.fileName} is empty: it has no header row`);
      onChosen({ source: chosen, file, mapping });
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      {canPickNatively ? (
        <Group>
          <Button leftSection={<IconFolderOpen size={16} />} loading={busy} onClick={() => void open(pickFileSource())}>
            Choose a CSV file…
          </Button>
        </Group>
      ) : (
        <Dropzone
          onDrop={(files) => files[0] && void open(uploadFile(files[0]))}
          onReject={() => setError('Choose one CSV file')}
          maxFiles={1}
          multiple={false}
          loading={busy}
          accept={['text/csv', 'text/plain', 'text/tab-separated-values', 'application/vnd.ms-excel', '.csv', '.tsv']}
          aria-label="Choose a CSV file"
        >
          <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }}>
            <IconFileUpload size={44} stroke={1.4} color="var(--mantine-color-blue-6)" />
            <div>
              <Text size="lg" fw={500}>
                Drop a CSV file here, or click to choose one
              </Text>
              <Text size="sm" c="dimmed" mt={4}>
                Any spreadsheet export works: comma, semicolon or tab separated, UTF-8 or Windows encoding.
              </Text>
            </div>
          </Group>
        </Dropzone>
      )}
      {error && (
        <Alert color="red" title="This file cannot be read">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
