import { SimpleGrid, Stack, Text } from '@mantine/core';
import { addressBlocks, type AddressBlock } from '../../../../shared/customers/field-table';
import { ProfileSection, type SectionLines } from './ProfileSection';

function Block({ title, lines, empty }: { title: string; lines: string[]; empty: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        lines.map((line, index) => (
          <Text key={index} size="sm" style={{ whiteSpace: 'pre-line' }}>
            {line}
          </Text>
        ))
      )}
    </Stack>
  );
}

/** The customer's own address, then billing and shipping: each block the lines of its fields. */
export function AddressSection({ title, lines }: SectionLines) {
  return (
    <ProfileSection title={title}>
      <SimpleGrid cols={3} spacing="lg">
        {(Object.keys(addressBlocks) as AddressBlock[]).map((block) => (
          <Block
            key={block}
            title={addressBlocks[block].title}
            empty={addressBlocks[block].empty}
            lines={lines.filter((line) => line.field.profile.block === block).flatMap((line) => line.items)}
          />
        ))}
      </SimpleGrid>
    </ProfileSection>
  );
}
