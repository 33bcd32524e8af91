import { Badge, Group, Text } from '@mantine/core';
import { ProfileSection, type SectionLines } from './ProfileSection';

/** Labels as badges, one group per field of the section. */
export function LabelsSection({ title, lines }: SectionLines) {
  return (
    <ProfileSection title={title}>
      {lines.map((line) =>
        line.items.length === 0 ? (
          <Text key={line.key} size="sm" c="dimmed">
            No labels
          </Text>
        ) : (
          <Group key={line.key} gap={6}>
            {line.items.map((label) => (
              <Badge key={label} variant="light" color="gray" radius="sm" tt="none">
                {label}
              </Badge>
            ))}
          </Group>
        ),
      )}
    </ProfileSection>
  );
}
