import { createAll, SkipLink } from 'govuk-frontend';

const initialised = new WeakSet<Element>();

/**
 * Starts the govuk-frontend JavaScript the page chrome uses (the skip link) inside `scope`, once: React's
 * development double-mount would otherwise make it report "already initialised". Only the components
 * used are imported, which keeps the others out of the bundle; a page that adds one with JavaScript
 * (an accordion, tabs) calls `createAll` for it when it mounts.
 */
export function initGovukFrontend(scope: Element): void {
  if (initialised.has(scope)) return;
  initialised.add(scope);
  createAll(SkipLink, undefined, scope);
}
