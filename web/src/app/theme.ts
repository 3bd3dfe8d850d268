import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  darken,
  type MantineColorsTuple,
} from '@mantine/core';

/** Calm dark blue; shade 7 is the brand colour and passes AA against white at every size. */
const vaksamBlue: MantineColorsTuple = [
  '#eaf0f8',
  '#d3deef',
  '#a7bcde',
  '#7898cc',
  '#527bbc',
  '#3c68ae',
  '#2f5c9f',
  '#234c86',
  '#1b3e70',
  '#13305a',
];

export const THEME_COLOUR = vaksamBlue[7];

export const theme = createTheme({
  primaryColor: 'vaksam',
  primaryShade: { light: 7, dark: 4 },
  colors: { vaksam: vaksamBlue },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.625rem', lineHeight: '1.25' },
      h2: { fontSize: '1.25rem', lineHeight: '1.3' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.35' },
    },
  },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    // Closed option lists are unmounted so a field's label names only the field.
    Select: {
      defaultProps: {
        size: 'md',
        comboboxProps: { keepMounted: false },
        // A plain scrolling list: the custom scroll area is a scrollable region without focusable content.
        withScrollArea: false,
      },
    },
    Textarea: { defaultProps: { size: 'md' } },
  },
});

/**
 * Mantine's default palettes put coloured text (errors, badges, light buttons) at shade 6, which is
 * below WCAG AA on white. Every non-brand colour is therefore drawn from its darkest shade.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': darken(DEFAULT_THEME.colors.red[9], 0.1),
  };
  for (const [name, shades] of Object.entries(resolved.colors)) {
    if (name === resolved.primaryColor || name === 'dark') continue;
    const strong = darken(shades[9], name === 'gray' ? 0 : 0.15);
    light[`--mantine-color-${name}-filled`] = strong;
    light[`--mantine-color-${name}-filled-hover`] = darken(strong, 0.15);
    light[`--mantine-color-${name}-text`] = strong;
    light[`--mantine-color-${name}-light-color`] = strong;
    light[`--mantine-color-${name}-outline`] = strong;
  }
  return { variables: {}, light, dark: {} };
};
