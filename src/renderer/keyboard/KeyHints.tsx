import { Text } from '@mantine/core';
import { Fragment } from 'react';
import { Keys } from './Keys';
import type { Shortcut } from './shortcut';

/** The hint line of a screen's main keys ("Ctrl + S saves · Esc cancels"), from the same list that binds them. */
export function KeyHints({ shortcuts }: { shortcuts: readonly Shortcut[] }) {
  return (
    <Text size="xs" c="dimmed" visibleFrom="md">
      {shortcuts
        .filter((shortcut) => shortcut.hint)
        .map((shortcut, index) => (
          <Fragment key={shortcut.label}>
            {index > 0 && ' · '}
            {shortcut.keys.map((hotkey, keyIndex) => (
              <Fragment key={hotkey}>
                {keyIndex > 0 && ' / '}
                <Keys hotkey={hotkey} />
              </Fragment>
            ))}{' '}
            {shortcut.hint}
          </Fragment>
        ))}
    </Text>
  );
}
