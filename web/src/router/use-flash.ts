import { useEffect, useState } from 'react';

/**
 * The confirmation the previous page left with `navigate(path, { flash })`, shown once: it is taken out
 * of the history entry, so reloading the page or coming back to it later does not show it again.
 */
export function useFlash(): string | null {
  const [flash] = useState(readFlash);
  useEffect(() => {
    if (readFlash() !== null) window.history.replaceState(null, '');
  }, []);
  return flash;
}

function readFlash(): string | null {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null;
  return typeof state.flash === 'string' ? state.flash : null;
}
