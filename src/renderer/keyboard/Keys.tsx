import { Group, Kbd, Text } from '@mantine/core';
import { Fragment } from 'react';
import { keyParts } from './shortcut';

/**
 * One hotkey drawn as keys: Ctrl + S. `decorative` when it sits on the button it presses: screen readers get the
 * button's aria-keyshortcuts instead of the key in its name.
 */
export function Keys({ hotkey, decorative = false }: { hotkey: string; decorative?: boolean }) {
  return (
    <Group gap={4} wrap="nowrap" component="span" display="inline-flex" aria-hidden={decorative || undefined}>
      {keyParts(hotkey).map((part, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <Text span size="xs" c="dimmed">
              +
            </Text>
          )}
          <Kbd size="xs">{part}</Kbd>
        </Fragment>
      ))}
    </Group>
  );
}
