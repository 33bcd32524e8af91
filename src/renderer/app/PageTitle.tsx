import { Title, type TitleProps } from '@mantine/core';

/** The one h1 of a screen, at the size of a section title: a desk's screens are dense, the level is for readers. */
export function PageTitle(props: Omit<TitleProps, 'order'>) {
  return <Title order={1} size="h2" {...props} />;
}
