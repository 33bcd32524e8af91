import type { RefObject } from 'react';
import { onControl } from '../../keyboard/shortcut';
import { useShortcuts } from '../../keyboard/use-shortcuts';

interface ListKeys {
  search: RefObject<HTMLInputElement | null>;
  /** Moves the highlighted row by this many rows (negative is up). */
  move: (by: number) => void;
  openHighlighted: () => void;
  create: () => void;
}

/** The list's name in the shortcut sheet; the search box adds its own keys to it. */
export const listShortcuts = 'Customer list';

/**
 * Keyboard use of the list: `/` or Ctrl+K search, ↑/↓ or J/K move the highlight, Enter opens, N creates.
 * From the search box ↑/↓ and Enter work too, so a person can type then pick.
 */
export function useListKeys({ search, move, openHighlighted, create }: ListKeys) {
  const inSearch = (field: HTMLElement) => field === search.current;
  useShortcuts(listShortcuts, [
    {
      keys: ['slash', 'mod+k'],
      label: 'Search',
      run: () => {
        search.current?.focus();
        search.current?.select();
      },
      inFields: true,
    },
    { keys: ['arrowdown', 'j'], label: 'Next row', run: () => move(1), inFields: inSearch },
    { keys: ['arrowup', 'k'], label: 'Previous row', run: () => move(-1), inFields: inSearch },
    {
      keys: ['enter'],
      label: 'Open the highlighted customer',
      run: openHighlighted,
      inFields: inSearch,
      when: (event) => !onControl(event),
    },
    { keys: ['n'], label: 'New customer', run: create },
  ]);
}
