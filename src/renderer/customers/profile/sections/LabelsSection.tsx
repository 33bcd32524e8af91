import { Badge, Group, Text } from '@mantine/core';
import { ProfileSection } from './ProfileSection';

export function LabelsSection({ labels }: { labels: string[] }) {
  return (
    <ProfileSection title="Labels">
      {labels.length === 0 ? (
        <Text size="sm" c="dimmed">
          No labels
        </Text>
      ) : (
        <Group gap={6}>
          {labels.map((label) => (
            <Badge key={label} variant="light" color="gray" radius="sm" tt="none">
              {label}
            </Badge>
          ))}
        </Group>
      )}
    </ProfileSection>
  );
}
