import { Button, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileImport, IconFilterOff, IconPlus, IconUsers } from '@tabler/icons-react';

/** No customers in the desk yet: say how to get some in. */
export function NoCustomers({ onCreate, onImport }: { onCreate: () => void; onImport: () => void }) {
  return (
    <Center flex={1}>
      <Stack align="center" gap="sm" maw={420} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconUsers size={30} />
        </ThemeIcon>
        <Title order={2} size="h3">
          No customers yet
        </Title>
        <Text c="dimmed" size="sm">
          Create your first customer by hand, or bring existing ones in from a CSV file (any spreadsheet can save one).
        </Text>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} />} onClick={onCreate}>
            New customer
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onImport}>
            Import customers
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}

/** Customers exist, but the search and filters leave none. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <Center flex={1}>
      <Stack align="center" gap="sm" maw={420} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color="gray">
          <IconFilterOff size={30} />
        </ThemeIcon>
        <Title order={2} size="h3">
          No customers match
        </Title>
        <Text c="dimmed" size="sm">
          Check the spelling, search by fewer words, or clear the filters to see every customer.
        </Text>
        <Button variant="default" onClick={onClear}>
          Clear search and filters
        </Button>
      </Stack>
    </Center>
  );
}
