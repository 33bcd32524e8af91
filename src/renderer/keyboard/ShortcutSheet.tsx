import { Button, Group, Kbd, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { Fragment, useState, useSyncExternalStore } from 'react';
import { shortcutRegistry, type ShortcutGroup } from './registry';
import { Keys } from './Keys';
import { anywhere, keysText } from './shortcut';
import { useShortcuts } from './use-shortcuts';

/** The keys that open the sheet, also shown on its button. */
const sheetKeys = ['shift+?', 'f1', 'mod+slash'];

/** Keys that look the same on the keyboard ('plus' and 'shift+plus' are both +) are listed once. */
function distinctKeys(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  return keys.filter((hotkey) => {
    const shown = keysText(hotkey);
    return !seen.has(shown) && seen.add(shown);
  });
}

function GroupTable({ group }: { group: ShortcutGroup }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {group.name}
      </Title>
      <Table withRowBorders={false} verticalSpacing={3} horizontalSpacing="xs" aria-label={`Keys: ${group.name}`}>
        <Table.Tbody>
          {group.shortcuts.map((shortcut) => (
            <Table.Tr key={shortcut.label}>
              <Table.Td>
                <Text size="sm">{shortcut.label}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  {distinctKeys(shortcut.keys).map((hotkey, index) => (
                    <Fragment key={hotkey}>
                      {index > 0 && (
                        <Text span size="xs" c="dimmed">
                          or
                        </Text>
                      )}
                      <Keys hotkey={hotkey} />
                    </Fragment>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/**
 * The keys of the screen on screen, and those that work everywhere: on ?, F1 or Ctrl+/, and from the sidebar.
 * It lists what the screens registered with useShortcuts, so it never names a key that does nothing.
 */
export function ShortcutSheet() {
  const [opened, setOpened] = useState(false);
  const groups = useSyncExternalStore(shortcutRegistry.subscribe, shortcutRegistry.groups);
  useShortcuts(anywhere, [
    { keys: sheetKeys, label: 'Show the keyboard shortcuts', run: () => setOpened(true), inFields: false },
  ]);
  // The screen's own keys first; one section per name, however many parts of the screen added to it.
  const sections = new Map<string, ShortcutGroup>();
  for (const group of [...groups].sort((a, b) => Number(a.name === anywhere) - Number(b.name === anywhere))) {
    const section = sections.get(group.name);
    if (section) section.shortcuts.push(...group.shortcuts);
    else sections.set(group.name, { ...group, shortcuts: [...group.shortcuts] });
  }

  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        justify="space-between"
        fullWidth
        leftSection={<IconKeyboard size={16} stroke={1.6} />}
        rightSection={<Kbd size="xs">?</Kbd>}
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts={keysText(sheetKeys[0] ?? '')}
        onClick={() => setOpened(true)}
      >
        Shortcuts
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Keyboard shortcuts" size="xl">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="lg">
          {[...sections.values()].map((group) => (
            <GroupTable key={group.name} group={group} />
          ))}
        </SimpleGrid>
      </Modal>
    </>
  );
}
