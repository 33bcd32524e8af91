import { ActionIcon, Group, Kbd, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconRefresh, IconRotateClockwise2, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ViewControls } from './view-transform';

function ToolButton({
  label,
  keys,
  onClick,
  children,
}: {
  label: string;
  keys: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Tooltip
      label={
        <Text size="xs">
          {label} <Kbd size="xs">{keys}</Kbd>
        </Text>
      }
    >
      <ActionIcon variant="default" size="md" aria-label={label} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** How far an arrow key moves the document, in screen pixels. */
const panStep = 80;

/** Zoom, rotate and reset, as buttons and as keys (+, -, R, 0, arrows to pan) anywhere outside a text field. */
export function ViewerToolbar({ controls, children }: { controls: ViewControls; children?: ReactNode }) {
  const { view, zoomIn, zoomOut, rotate, reset, pan } = controls;
  useHotkeys([
    ['arrowleft', () => pan(panStep, 0)],
    ['arrowright', () => pan(-panStep, 0)],
    ['arrowup', () => pan(0, panStep)],
    ['arrowdown', () => pan(0, -panStep)],
    ['plus', zoomIn],
    ['shift+plus', zoomIn],
    ['=', zoomIn],
    ['-', zoomOut],
    ['r', rotate],
    ['0', reset],
  ]);

  return (
    <Group gap="xs" justify="space-between" wrap="nowrap">
      <Group gap={6} wrap="nowrap">
        <ToolButton label="Zoom out" keys="-" onClick={zoomOut}>
          <IconZoomOut size={18} />
        </ToolButton>
        <Text size="sm" w={52} ta="center" ff="monospace" aria-label="Zoom level">
          {Math.round(view.zoom * 100)}%
        </Text>
        <ToolButton label="Zoom in" keys="+" onClick={zoomIn}>
          <IconZoomIn size={18} />
        </ToolButton>
        <ToolButton label="Rotate 90°" keys="R" onClick={rotate}>
          <IconRotateClockwise2 size={18} />
        </ToolButton>
        <ToolButton label="Reset view" keys="0" onClick={reset}>
          <IconRefresh size={18} />
        </ToolButton>
      </Group>
      {children}
    </Group>
  );
}
