import { createContext, useContext } from 'react';

/**
 * What the page template shares with the error summary and the success banner, so every page follows the
 * GOV.UK rules without each form arranging them: an error summary appears at the top of the main content
 * wherever its form is, and a success banner from before the latest error summary is no longer shown.
 */
export interface PageNotices {
  /** The element at the top of the main content an error summary is drawn into; null until it exists. */
  readonly summarySlot: HTMLElement | null;
  /** How many error summaries have appeared on this page so far. */
  readonly summariesShown: number;
  /** Said by an error summary as it appears. */
  readonly summaryShown: () => void;
}

export const PageNoticesContext = createContext<PageNotices | null>(null);

export function usePageNotices(): PageNotices | null {
  return useContext(PageNoticesContext);
}

/** Whether a success banner that appeared when `shownAt` summaries had been shown is stale: an error summary has appeared since. */
export function isBannerStale(shownAt: number, summariesShown: number): boolean {
  return summariesShown > shownAt;
}
