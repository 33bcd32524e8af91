import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  /** The search in effect when the box mounts; give the box a new key to reset it. */
  initial: string;
  onSearch: (search: string) => void;
}

/**
 * The list's search box. It reports every change at once (search as you type: the list gives
 * up the search the next key overtakes), and keeps its text to itself so the box never waits
 * for the list's render.
 */
export function SearchBox({ ref, initial, onSearch }: Props) {
  const [text, setText] = useState(initial);
  return (
    <TextInput
      ref={ref}
      aria-label="Search customers"
      placeholder="Search name, email, phone, reference, document"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onSearch(event.currentTarget.value);
      }}
      // Esc clears the search, and a second Esc leaves the box for the list's keys.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        if (text) {
          setText('');
          onSearch('');
        } else event.currentTarget.blur();
      }}
      leftSection={<IconSearch size={16} />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="Clear search"
            onClick={() => {
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
