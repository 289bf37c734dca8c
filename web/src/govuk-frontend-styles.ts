import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';

// The GOV.UK page template sets these classes from an inline script, which our Content Security Policy
// forbids. This module runs only in browsers with ES module support, the same test that script makes.
// It also keeps govuk-frontend's stylesheet in a chunk with some JavaScript (web/vite.config.ts says why).
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
