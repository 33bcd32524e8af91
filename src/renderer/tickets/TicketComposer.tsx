import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { IconLock, IconSend } from '@tabler/icons-react';
import type { Ref } from 'react';
import type { TicketRecord } from '../../shared/tickets/contract';
import { Keys } from '../keyboard/Keys';
import { keysText } from '../keyboard/shortcut';
import { internalNoteWarning } from './ticket-display';

export type ComposerMode = 'reply' | 'note';
export type ComposerForm = UseFormReturnType<{ body: string }>;

const sendKey = 'mod+enter';

const copy: Record<ComposerMode, { label: (name: string) => string; description: string; send: string }> = {
  reply: {
    label: (name) => `Reply to ${name}`,
    description: 'Sent to the customer; the ticket becomes answered',
    send: 'Send reply',
  },
  note: { label: () => 'Internal note', description: `${internalNoteWarning}; the status stays`, send: 'Add note' },
};

interface Props {
  ticket: TicketRecord;
  mode: ComposerMode;
  onModeChange: (mode: ComposerMode) => void;
  loading: boolean;
  onSend: (body: string, mode: ComposerMode, form: ComposerForm) => void;
  textareaRef: Ref<HTMLTextAreaElement>;
}

/** Writes a reply to the customer or a note for staff, chosen above the field; Ctrl+Enter sends. */
export function TicketComposer({ ticket, mode, onModeChange, loading, onSend, textareaRef }: Props) {
  const form = useForm({ initialValues: { body: '' } });
  const text = copy[mode];
  const submit = form.onSubmit((values) => onSend(values.body, mode, form));
  return (
    <form onSubmit={submit} noValidate aria-label="Write to the ticket">
      <Stack gap="xs">
        <SegmentedControl
          aria-label="Message kind"
          size="xs"
          w="fit-content"
          value={mode}
          onChange={(value) => onModeChange(value as ComposerMode)}
          data={[
            { value: 'reply', label: 'Reply' },
            { value: 'note', label: 'Internal note' },
          ]}
        />
        <Textarea
          ref={textareaRef}
          label={text.label(ticket.customerName)}
          description={text.description}
          placeholder={mode === 'reply' ? 'What the customer reads' : 'What colleagues should know'}
          autosize
          minRows={3}
          maxRows={10}
          aria-keyshortcuts={keysText(sendKey)}
          styles={mode === 'note' ? { input: { borderStyle: 'dashed' } } : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              submit();
            }
          }}
          {...form.getInputProps('body')}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed" component="div">
            <Group gap={4} component="span">
              <Keys hotkey={sendKey} /> sends
            </Group>
          </Text>
          <Button
            type="submit"
            loading={loading}
            color={mode === 'note' ? 'yellow' : undefined}
            leftSection={mode === 'note' ? <IconLock size={16} /> : <IconSend size={16} />}
          >
            {text.send}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
