import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMergedRef } from '@mantine/hooks';
import { useRef, useState, type Ref } from 'react';
import { useShortcuts } from '../../keyboard/use-shortcuts';
import { listShortcuts } from './use-list-keys';

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
  const input = useRef<HTMLInputElement>(null);
  const boxRef = useMergedRef(ref, input);
  const inBox = (field: EventTarget | null) => field === input.current;
  useShortcuts(listShortcuts, [
    {
      keys: ['escape'],
      // A second Esc leaves the box for the list's keys.
      label: 'Clear the search, then leave it',
      run: () => {
        if (!text) return input.current?.blur();
        setText('');
        onSearch('');
      },
      inFields: inBox,
      when: (event) => inBox(event.target),
    },
  ]);
  return (
    <TextInput
      ref={boxRef}
      aria-label="Search customers"
      placeholder="Search name, email, phone, reference, document"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onSearch(event.currentTarget.value);
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
      style={{ flex: '2 1 320px' }}
      miw={260}
    />
  );
}
