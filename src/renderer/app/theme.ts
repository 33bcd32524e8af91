import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import { uiFontFamily } from './fonts';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Filled buttons and badges use shade 8 in both schemes. With autoContrast their text is white below the
  // luminance threshold and black above it; 0.19 keeps every colour at WCAG AA (4.5:1) or better: white on red,
  // blue and indigo 8 (4.5-5.7:1), black on cyan, teal, green, orange and yellow 8 (4.8-8.5:1).
  primaryShade: 8,
  autoContrast: true,
  luminanceThreshold: 0.19,
  defaultRadius: 'sm',
  // People who ask their system for less motion get none: modals and menus appear without transitions.
  respectReducedMotion: true,
  fontFamily: uiFontFamily,
  // Mantine's headings have a font stack of their own: the same shipped fonts.
  headings: { fontFamily: uiFontFamily },
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    // Every close button is named for screen readers (modals, alerts, notifications); a caller's own label wins.
    CloseButton: { defaultProps: { 'aria-label': 'Close' } },
    // A dialog's corner X is named apart from a "Close" button its footer may have.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } },
    DateInput: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear date' } } },
  },
});

/**
 * Text colours that meet WCAG AA (4.5:1) on every surface they sit on.
 * - Secondary ("dimmed") text: Mantine's own is gray 6 on white (3.3:1) and dark 2 on dark 7 (4.0:1); these are
 *   at least 5.0:1 on the palest tinted alert (red 1) and 4.8:1 on dark 5 (the grid's header).
 * - Coloured text in the light scheme, plain, outlined or on a tinted background (light and subtle badges and
 *   buttons): Mantine's shades 6-8 are 2.0-4.0:1 for yellow, orange, green and teal; shade 9 darkened by 30% is at
 *   least 5.0:1 for every colour.
 * - Error messages: red 6 on white is 3.3:1 and red 8 on dark 7 is 3.4:1; red 9 (5.5:1) and red 4 (6.7:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(resolved.colors).flatMap((color) => {
        const readable = `color-mix(in srgb, var(--mantine-color-${color}-9), black 30%)`;
        return ['light-color', 'text', 'outline'].map((part) => [`--mantine-color-${color}-${part}`, readable]);
      }),
    ),
  },
  dark: { '--mantine-color-dimmed': '#aaaaaa', '--mantine-color-error': 'var(--mantine-color-red-4)' },
});
