/** A key of the app: what it does, as the shortcut sheet lists it, and what it runs. */
export interface Shortcut {
  /** In Mantine's hotkey notation ('mod+s', 'alt+m', 'shift+?', 'arrowdown'); the sheet shows each, in order. */
  keys: readonly string[];
  /** What the key does, in the sheet's words ("Approve the check"). */
  label: string;
  /** The key's word or two in the hint line beside a screen's controls ("saves"); without it, the sheet only. */
  hint?: string;
  /** Runs on the key, or without an event from the button that does the same. */
  run: (event?: KeyboardEvent) => void;
  /**
   * Also while the focus is in a text field (Esc, Ctrl+S), or in the fields this accepts (↓ in the search box).
   * A character typed in a field is always text: '/', 'j' and '?' fire only outside fields.
   */
  inFields?: boolean | ((field: HTMLElement) => boolean);
  /** Runs only when this holds (the key is left to the page, and to the browser, otherwise). */
  when?: (event: KeyboardEvent) => boolean;
}

/** The name of the group of keys that work on every screen. */
export const anywhere = 'Anywhere';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const keyNames: Record<string, string> = {
  mod: isMac ? '⌘' : 'Ctrl',
  ctrl: 'Ctrl',
  alt: isMac ? '⌥' : 'Alt',
  shift: 'Shift',
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  escape: 'Esc',
  enter: 'Enter',
  slash: '/',
  plus: '+',
  minus: '−',
  '-': '−',
  pageup: 'PgUp',
  pagedown: 'PgDn',
};

/** The keys of a hotkey as people read them: 'mod+s' is Ctrl + S; a shifted symbol is shown alone ('?', '+'). */
export function keyParts(hotkey: string): string[] {
  const parts = hotkey
    .split('+')
    .map((part) => keyNames[part] ?? (part.length === 1 ? part.toUpperCase() : part.replace(/^f(\d+)$/, 'F$1')));
  const key = parts[parts.length - 1] ?? '';
  const shiftedSymbol = key.length === 1 && !/[A-Z0-9]/.test(key);
  return parts.filter((part, index) => !(shiftedSymbol && part === keyNames.shift && index < parts.length - 1));
}

/** A hotkey as one string of its keys ("Ctrl+S", "?"): for aria-keyshortcuts, and to tell keys that look alike. */
export function keysText(hotkey: string): string {
  return keyParts(hotkey).join('+');
}

/** Buttons, links and options keep Enter for themselves. */
export function onControl(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest('button, a, [role="option"]') !== null;
}

/** The text field the key was pressed in, if it was. */
export function typingField(target: EventTarget | null): HTMLElement | null {
  return target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    ? target
    : null;
}

/** A key that types a character (no Ctrl, Alt or ⌘): in a field it is text, never a shortcut. */
export function typesText(event: KeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Whether a modal dialog holds the focus: its own keys and buttons come first. */
export function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"]') !== null;
}

/** Whether the key was pressed on an open dropdown or menu, whose own Esc closes it. */
export function onOpenPopup(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest('[aria-expanded="true"]') !== null;
}
