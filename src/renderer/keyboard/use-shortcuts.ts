import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { shortcutRegistry, type ListedShortcut } from './registry';
import { inDialog, typesText, typingField, type Shortcut } from './shortcut';

function worksIn(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const field = typingField(event.target);
  if (!field) return true;
  if (typesText(event)) return false;
  return typeof shortcut.inFields === 'function' ? shortcut.inFields(field) : shortcut.inFields === true;
}

function fire(shortcut: Shortcut, event: KeyboardEvent) {
  if (event.defaultPrevented || inDialog(event.target) || !worksIn(shortcut, event)) return;
  if (shortcut.when && !shortcut.when(event)) return;
  event.preventDefault();
  shortcut.run(event);
}

/**
 * Binds a screen's keys while it is mounted and lists them in the shortcut sheet under `group`: the sheet and the
 * keys come from this one list. Keys wait while a dialog has the focus, and in text fields unless `inFields`.
 */
export function useShortcuts(group: string, shortcuts: readonly Shortcut[]): void {
  useHotkeys(
    shortcuts.flatMap((shortcut) =>
      shortcut.keys.map((key) => [key, (event: KeyboardEvent) => fire(shortcut, event), { preventDefault: false }]),
    ) as Parameters<typeof useHotkeys>[0],
    [],
  );
  const listed: ListedShortcut[] = shortcuts.map(({ keys, label }) => ({ keys, label }));
  const signature = JSON.stringify([group, listed]);
  useEffect(() => {
    const [name, entries] = JSON.parse(signature) as [string, ListedShortcut[]];
    return shortcutRegistry.add(name, entries);
  }, [signature]);
}
