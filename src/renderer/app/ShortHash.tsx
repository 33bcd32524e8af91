import { Code } from '@mantine/core';

/** A hash as people glance at it: its first characters, the whole of it on hover and to screen readers. */
export function ShortHash({ hash }: { hash: string }) {
  return (
    <Code title={hash} aria-label={`SHA-256 ${hash}`}>
      {hash.slice(0, 12)}…
    </Code>
  );
}
