import { Title } from '@mantine/core';

export function CustomerListPage() {
  return <Title order={2}>Customers</Title>;
}
