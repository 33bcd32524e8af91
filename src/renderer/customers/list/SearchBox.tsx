import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState, type Ref } from 'react';

const searchDelayMs = 150;

interface Props {
  ref: Ref<HTMLInputElement>;
  /** The search in effect when the box mounts; give the box a new key to reset it. */
  initial: string;
  onSearch: (search: string) => void;
}

/**
 * The list's search box. It keeps what is typed to itself and reports it after a short pause,
 * so a keystroke re-renders the box alone, not the grid.
 */
export function SearchBox({ ref, initial, onSearch }: Props) {
  const [text, setText] = useState(initial);
  const report = useDebouncedCallback(onSearch, searchDelayMs);
  return (
    <TextInput
      ref={ref}
      aria-label="Search customers"
      placeholder="Search name, email, phone, reference, document"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
      leftSection={<IconSearch size={16} />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="Clear search"
            onClick={() => {
              report.cancel();
              setText('');
              onSearch('');
            }}
          />
        ) : (
          <Kbd size="xs">/</Kbd>
        )
      }
      style={{ flex: 1 }}
      miw={260}
    />
  );
}
