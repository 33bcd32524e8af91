import { createTheme } from '@mantine/core';
import { uiFontFamily } from './fonts';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: uiFontFamily,
  // Mantine's headings have a font stack of their own: the same shipped fonts.
  headings: { fontFamily: uiFontFamily },
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
  },
});
