import { MantineThemeProvider, mergeThemeOverrides, useMantineTheme, type MantineThemeOverride } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';

/** Hints go under the input, so inputs in one row line up whether or not they have a hint. */
const hintsBelow = { defaultProps: { inputWrapperOrder: ['label', 'input', 'error', 'description'] } };

const overrides: MantineThemeOverride = {
  components: {
    TextInput: hintsBelow,
    NumberInput: hintsBelow,
    Textarea: hintsBelow,
    Select: hintsBelow,
    TagsInput: hintsBelow,
    DateInput: hintsBelow,
  },
};

/** The app theme with the form's layout defaults added. */
export function FormTheme({ children }: { children: ReactNode }) {
  const theme = useMantineTheme();
  const merged = useMemo(() => mergeThemeOverrides(theme, overrides), [theme]);
  return <MantineThemeProvider theme={merged}>{children}</MantineThemeProvider>;
}
