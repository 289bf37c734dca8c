declare module 'govuk-frontend' { export const SkipLink: new (root: Element) => object; export function createAll<T>(component: new (root: Element) => T, config?: object, scope?: Element): T[]; }
