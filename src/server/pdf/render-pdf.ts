import { existsSync } from 'node:fs';
import type { FastifyReply } from 'fastify';

/** Turns a self-contained HTML page into a PDF, as a browser prints it. */
export type PdfRenderer = (html: string) => Promise<Buffer>;

/** There is no browser to print with: the route says so plainly instead of failing obscurely. */
export class PdfRendererUnavailableError extends Error {
  override readonly name = 'PdfRendererUnavailableError';
}

/** Debian's Chromium, as the browser tests use; the project never downloads a browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Prints HTML to A4 PDF with headless Chromium (playwright-core, with the launch flags the browser tests
 * use). One browser per document: reports are printed a few times per board meeting, not per page view.
 */
export function chromiumPdfRenderer(options: { executablePath?: string } = {}): PdfRenderer {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
  return async (html) => {
    if (!existsSync(executablePath)) {
      throw new PdfRendererUnavailableError(`PDFs are printed with Chromium, and there is none at ${executablePath}. Install it (apt-get install -y chromium), or print the HTML report from a browser.`);
    }
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      // The report is self-contained (inline style and SVG): nothing to fetch, so no network wait.
      await page.setContent(html, { waitUntil: 'load' });
      // Tagged, with an outline from the headings: a screen reader can follow the PDF's structure (issue 21, item 5).
      return await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
    } finally {
      await browser.close();
    }
  };
}

/** Sends a PDF as a download named `filename`. */
export function sendPdf(reply: FastifyReply, filename: string, pdf: Buffer): FastifyReply {
  return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
}
