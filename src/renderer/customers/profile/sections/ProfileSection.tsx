import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProfileLine } from '../../../../shared/customers/profile-lines';

/** What a section of the profile gets: its title and the field table's lines placed in it. */
export interface SectionLines {
  title: string;
  lines: ProfileLine[];
}

/** A titled card of the profile page; the title names the region for assistive technology. */
export function ProfileSection(props: { title: string; aside?: ReactNode; children: ReactNode }) {
  const id = `section-${props.title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} id={id} fz="sm" tt="uppercase" c="dimmed" lts="0.04em">
          {props.title}
        </Title>
        {props.aside}
      </Group>
      {props.children}
    </Paper>
  );
}
