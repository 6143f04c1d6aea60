/** Entry point of the tab (index.html loads this). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialLocalTheme, isFramed, type HostWindow } from './host';
import { App } from './App';

const win = window as unknown as HostWindow;
// Outside an iframe the tab is in local mode: start in the remembered theme to avoid a flash.
const initialTheme = isFramed(win) ? 'default' : initialLocalTheme(win);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App initialTheme={initialTheme} />
  </StrictMode>,
);
