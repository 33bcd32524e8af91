// The UI's fonts ship inside the app: Vite bundles their files, so they load from the app's own
// origin (CSP font-src 'self'), offline, and every script the desk holds renders on a machine
// without system fonts for it. Each package declares its files by unicode-range slices, so the
// renderer fetches only the slices the text on screen needs. Variable fonts: one file set for
// every weight Mantine uses.
import '@fontsource-variable/inter';
import '@fontsource-variable/noto-sans-sc';
import '@fontsource-variable/noto-sans-kr';
import '@fontsource-variable/noto-sans-arabic';

/**
 * Inter for Latin, Greek and Cyrillic; Noto Sans SC for Chinese and Japanese (its Han and kana);
 * Noto Sans KR for the Hangul syllables SC lacks; Noto Sans Arabic; then the system's own.
 */
export const uiFontFamily = [
  '"Inter Variable"',
  '"Noto Sans SC Variable"',
  '"Noto Sans KR Variable"',
  '"Noto Sans Arabic Variable"',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  'sans-serif',
].join(', ');
