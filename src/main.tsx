import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startConfigLoad } from './app/app';

// Before the first render: the config decides which trace to start downloading.
const configLoad = startConfigLoad();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App configLoad={configLoad} />
  </StrictMode>,
);
