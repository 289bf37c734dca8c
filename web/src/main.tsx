import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">');

// The GOV.UK page template sets these classes from an inline script, which our Content Security Policy
// forbids. This module runs only in browsers with ES module support, the same test that script makes.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
