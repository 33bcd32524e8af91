import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconRefresh, IconRotateClockwise2, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Keys } from '../../keyboard/Keys';
import { keysText, type Shortcut } from '../../keyboard/shortcut';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import type { ViewControls } from './view-transform';

/** The viewer's name in the shortcut sheet; the PDF viewer adds its page keys to it. */
export const viewerShortcuts = 'Document viewer';

/** A toolbar button of a viewer key: its label and key in the tooltip, the key announced with it. */
export function ToolButton({
  shortcut,
  disabled,
  children,
}: {
  shortcut: Shortcut;
  disabled?: boolean;
  children: ReactNode;
}) {
  const [hotkey = ''] = shortcut.keys;
  return (
    <Tooltip
      label={
        <Group gap={6} wrap="nowrap">
          <Text size="xs">{shortcut.label}</Text>
          <Keys hotkey={hotkey} />
        </Group>
      }
    >
      <ActionIcon
        variant="default"
        size="md"
        aria-label={shortcut.label}
        aria-keyshortcuts={keysText(hotkey)}
        disabled={disabled}
        onClick={() => shortcut.run()}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** How far an arrow key moves the document, in screen pixels. */
const panStep = 80;
const panBy: Record<string, [number, number]> = {
  ArrowLeft: [panStep, 0],
  ArrowRight: [-panStep, 0],
  ArrowUp: [0, panStep],
  ArrowDown: [0, -panStep],
};

/** Zoom, rotate and reset, as buttons and as keys (+, -, R, 0, arrows to pan) anywhere outside a text field. */
export function ViewerToolbar({ controls, children }: { controls: ViewControls; children?: ReactNode }) {
  const { view, zoomIn, zoomOut, rotate, reset, pan } = controls;
  const keys = {
    zoomOut: { keys: ['-'], label: 'Zoom out', run: zoomOut },
    zoomIn: { keys: ['plus', 'shift+plus', '='], label: 'Zoom in', run: zoomIn },
    rotate: { keys: ['r'], label: 'Rotate 90°', run: rotate },
    reset: { keys: ['0'], label: 'Reset view', run: reset },
  } satisfies Record<string, Shortcut>;
  useShortcuts(viewerShortcuts, [
    ...Object.values(keys),
    {
      keys: ['arrowleft', 'arrowright', 'arrowup', 'arrowdown'],
      label: 'Move the document',
      run: (event) => pan(...(panBy[event?.key ?? ''] ?? [0, 0])),
    },
  ]);

  return (
    <Group gap="xs" justify="space-between" wrap="nowrap">
      <Group gap={6} wrap="nowrap">
        <ToolButton shortcut={keys.zoomOut}>
          <IconZoomOut size={18} />
        </ToolButton>
        <Text size="sm" w={52} ta="center" ff="monospace" aria-label="Zoom level">
          {Math.round(view.zoom * 100)}%
        </Text>
        <ToolButton shortcut={keys.zoomIn}>
          <IconZoomIn size={18} />
        </ToolButton>
        <ToolButton shortcut={keys.rotate}>
          <IconRotateClockwise2 size={18} />
        </ToolButton>
        <ToolButton shortcut={keys.reset}>
          <IconRefresh size={18} />
        </ToolButton>
      </Group>
      {children}
    </Group>
  );
}
