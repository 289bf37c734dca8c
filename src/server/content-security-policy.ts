/**
 * The Content Security Policy for every response. The web app uses no inline script or style and loads
 * everything from this origin. The API docs page (Swagger UI) sets its own, with hashes for its inline
 * script (`staticCSP` in openapi.ts). No upgrade-insecure-requests: a demo served over plain HTTP on a
 * network address would otherwise fail to load its own scripts.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
} as const;
