import { useWindowEvent } from '@mantine/hooks';
import type { RefObject } from 'react';

interface ListKeys {
  search: RefObject<HTMLInputElement | null>;
  /** Moves the highlighted row by this many rows (negative is up). */
  move: (by: number) => void;
  openHighlighted: () => void;
  create: () => void;
}

function isEditable(element: EventTarget | null): boolean {
  return (
    element instanceof HTMLElement &&
    (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}

/** Buttons and links keep Enter for themselves. */
function isControl(element: EventTarget | null): boolean {
  return element instanceof HTMLElement && element.closest('button, a, [role="option"]') !== null;
}

/**
 * Keyboard use of the list: `/` or Ctrl+K search, ↑/↓ or j/k move the highlight, Enter opens,
 * `n` creates. From the search box ↑/↓ and Enter work too, so a person can type then pick.
 */
export function useListKeys({ search, move, openHighlighted, create }: ListKeys) {
  useWindowEvent('keydown', (event) => {
    if (event.defaultPrevented || event.altKey) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      search.current?.focus();
      search.current?.select();
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    const inSearch = event.target === search.current;
    if (isEditable(event.target) && !inSearch) return;

    const step = { ArrowDown: 1, ArrowUp: -1, ...(inSearch ? {} : { j: 1, k: -1 }) }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(step);
    } else if (event.key === 'Enter' && (inSearch || !isControl(event.target))) {
      event.preventDefault();
      openHighlighted();
    } else if (!inSearch && event.key === '/') {
      event.preventDefault();
      search.current?.focus();
    } else if (!inSearch && event.key === 'n') {
      event.preventDefault();
      create();
    }
  });
}
