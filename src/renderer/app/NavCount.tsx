import { Badge, VisuallyHidden } from '@mantine/core';
import { formatCount } from '../customers/display/format';

interface Props {
  count: { total: number; capped: boolean } | undefined;
  /** What the count is, read after the number by assistive technology ("on hold"). */
  label: string;
}

/** A sidebar link's count of what waits in its feature; nothing while it loads or when none waits. */
export function NavCount({ count, label }: Props) {
  if (!count || count.total === 0) return null;
  const text = `${formatCount(count.total)}${count.capped ? '+' : ''}`;
  return (
    <Badge size="sm" variant="light" color="orange" radius="sm">
      {text}
      <VisuallyHidden> {label}</VisuallyHidden>
    </Badge>
  );
}
