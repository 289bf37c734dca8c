import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table's own horizontal scroll on a narrow screen, so the page never scrolls sideways: a region that
 * keyboard users can focus and scroll, named after the table's caption (WCAG 1.4.10 reflow; axe's
 * scrollable-region-focusable). Every table in the app sits in one.
 */
export function TableRegion({ children, label }: { children: ReactNode; label?: string }) {
  const region = useRef<HTMLDivElement>(null);
  const [caption, setCaption] = useState<string | null>(null);
  // The caption is drawn by the table inside, often from data: read it once it is on the page.
  useLayoutEffect(() => {
    if (label !== undefined) return;
    const text = region.current?.querySelector('caption')?.textContent.trim() ?? '';
    setCaption(text === '' ? null : text);
  });
  return (
    <div className="oa-table-scroll" role="region" tabIndex={0} aria-label={label ?? caption ?? 'Table'} ref={region}>
      {children}
    </div>
  );
}
