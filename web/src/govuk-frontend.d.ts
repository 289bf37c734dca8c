declare module 'govuk-frontend' {
  /** A govuk-frontend JavaScript component: constructed on its root element, which it then manages. */
  export type ComponentClass = new (root: Element) => object;
  export const SkipLink: ComponentClass;
  /** Focuses the summary when created, and moves focus to the field a summary link names. */
  export const ErrorSummary: ComponentClass;
  /** Focuses a banner with role="alert" when created. */
  export const NotificationBanner: ComponentClass;
  export function createAll<T>(component: new (root: Element) => T, config?: object, scope?: Element): T[];
}
