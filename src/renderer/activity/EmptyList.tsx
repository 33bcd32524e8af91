import { Stack, Text, ThemeIcon } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';

interface Props {
  icon: ComponentType<{ size?: number | string; stroke?: number }>;
  title: string;
  children?: ReactNode;
}

/** What a list shows when it has no rows: what is missing, and why or what to do. */
export function EmptyList({ icon: Icon, title, children }: Props) {
  return (
    <Stack align="center" gap={6} py="xl" ta="center" role="status">
      <ThemeIcon size={44} radius="xl" variant="light" color="gray">
        <Icon size={24} stroke={1.5} />
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {children && (
        <Text size="sm" c="dimmed" maw={420}>
          {children}
        </Text>
      )}
    </Stack>
  );
}
