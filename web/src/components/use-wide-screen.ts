import { useEffect, useState } from 'react';

/** GOV.UK Frontend's tablet breakpoint (641px): narrower than this, the service navigation collapses behind "Menu". */
const TABLET_AND_WIDER = '(min-width: 40.0625em)';

/** Whether the window is at least tablet width, following it as it is resized or turned. */
export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => typeof window === 'undefined' || window.matchMedia(TABLET_AND_WIDER).matches);
  useEffect(() => {
    const query = window.matchMedia(TABLET_AND_WIDER);
    const change = (): void => {
      setWide(query.matches);
    };
    change();
    query.addEventListener('change', change);
    return () => {
      query.removeEventListener('change', change);
    };
  }, []);
  return wide;
}
