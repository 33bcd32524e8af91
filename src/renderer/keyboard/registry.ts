import type { Shortcut } from './shortcut';

/** What the sheet shows of a shortcut: its keys and words, not its action. */
export type ListedShortcut = Pick<Shortcut, 'keys' | 'label'>;
export interface ShortcutGroup {
  id: number;
  name: string;
  shortcuts: ListedShortcut[];
}

let groups: ShortcutGroup[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** The screens' keys now on screen, for the sheet; a screen adds its group while mounted. */
export const shortcutRegistry = {
  add(name: string, shortcuts: ListedShortcut[]): () => void {
    const group = { id: nextId++, name, shortcuts };
    groups = [...groups, group];
    changed();
    return () => {
      groups = groups.filter((other) => other !== group);
      changed();
    };
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  groups: (): ShortcutGroup[] => groups,
};
