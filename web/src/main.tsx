import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ConflictHost } from './app/conflicts';
import { createQueryClient } from './app/queries';

const theme = createTheme({ primaryColor: 'indigo', defaultRadius: 'md' });
const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <Notifications position="top-right" />
        <ConflictHost />
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
