import { describe, expect, it } from 'vitest';
import { keyParts } from './shortcut';

describe('keyParts', () => {
  it('names modifiers and special keys as a keyboard shows them', () => {
    expect(keyParts('mod+s')).toEqual(['Ctrl', 'S']);
    expect(keyParts('alt+m')).toEqual(['Alt', 'M']);
    expect(keyParts('escape')).toEqual(['Esc']);
    expect(keyParts('arrowdown')).toEqual(['↓']);
    expect(keyParts('pagedown')).toEqual(['PgDn']);
    expect(keyParts('f1')).toEqual(['F1']);
    expect(keyParts('mod+slash')).toEqual(['Ctrl', '/']);
  });

  it('shows a symbol typed with Shift alone, and keeps Shift with letters', () => {
    expect(keyParts('shift+?')).toEqual(['?']);
    expect(keyParts('shift+plus')).toEqual(['+']);
    expect(keyParts('shift+a')).toEqual(['Shift', 'A']);
  });
});
