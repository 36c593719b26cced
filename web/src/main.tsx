import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import {
  createTheme,
  type CSSVariablesResolver,
  DEFAULT_THEME,
  Drawer,
  MantineProvider,
  Modal,
  Notification,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ConflictHost } from './app/conflicts';
import { NOTIFICATIONS } from './app/toasts';
import { createQueryClient } from './app/queries';

// Shade 8 keeps white button text above WCAG AA contrast.
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  autoContrast: true,
  // Dialogs' close buttons are icons: give them a name screen readers announce.
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } }),
  },
  luminanceThreshold: 0.18,
});
// Text stays readable (WCAG AA, 4.5:1). Mantine's default dimmed grey and its light-variant colours fall
// short on white and on their tints, so light variants get the palest tint with the darkest shade as text
// (the four yellowish hues darker still), and filled variants pick black or white text by luminance.
const TOO_LIGHT = new Set(['green', 'lime', 'yellow', 'orange']);
const textOf = (c: string) =>
  TOO_LIGHT.has(c)
    ? `color-mix(in srgb, var(--mantine-color-${c}-9) 60%, black)`
    : `var(--mantine-color-${c}-9)`;
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).flatMap((c) => [
        [`--mantine-color-${c}-light`, `var(--mantine-color-${c}-0)`],
        [`--mantine-color-${c}-light-hover`, `var(--mantine-color-${c}-1)`],
        [`--mantine-color-${c}-light-color`, textOf(c)],
        [`--mantine-color-${c}-text`, textOf(c)],
      ]),
    ),
  },
  dark: {},
});
const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <QueryClientProvider client={queryClient}>
        <Notifications {...NOTIFICATIONS} />
        <ConflictHost />
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
