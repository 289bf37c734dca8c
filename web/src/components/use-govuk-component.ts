import type { ComponentClass } from 'govuk-frontend';
import { useEffect, useRef, type RefObject } from 'react';

const started = new WeakSet<Element>();

/**
 * Starts a govuk-frontend JavaScript component on the element the returned ref is attached to, once per
 * element (React's development double-mount would otherwise make it report "already initialised"). To
 * start it again, say to refocus an error summary after another failed submit, give the element a new key.
 */
export function useGovukComponent<T extends Element>(component: ComponentClass): RefObject<T | null> {
  const ref = useRef<T>(null);
  // After every render, as the element may appear only later (an error summary after a failed submit).
  useEffect(() => {
    const root = ref.current;
    if (root === null || started.has(root)) return;
    started.add(root);
    try {
      new component(root);
    } catch (error) {
      // The page still works without it: the component only adds focus handling.
      console.error(error);
    }
  });
  return ref;
}
