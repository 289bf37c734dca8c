import { PassThrough } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

// Builds one Excel workbook off the event loop: ExcelJS's writer compresses the whole sheet in JavaScript,
// hundreds of milliseconds for the national register, which on the main thread would hold up every request.

/** What `xlsxStream` starts this thread with. */
export interface XlsxThreadData {
  readonly sheetName: string;
  readonly headers: readonly string[];
}

export type XlsxThreadRequest = { readonly kind: 'rows'; readonly rows: readonly (readonly (string | number | null)[])[] } | { readonly kind: 'end' };
export type XlsxThreadReply = { readonly kind: 'ready' } | { readonly kind: 'done'; readonly bytes: Uint8Array } | { readonly kind: 'failed'; readonly message: string };

if (parentPort !== null) {
  const port = parentPort;
  const data = workerData as XlsxThreadData;
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(data.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow([...data.headers]);
  header.font = { bold: true };
  header.commit();
  const reply = (message: XlsxThreadReply, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(message, transfer);
  };

  port.on('message', (message: XlsxThreadRequest) => {
    if (message.kind === 'rows') {
      for (const cells of message.rows) sheet.addRow([...cells]).commit();
      reply({ kind: 'ready' });
      return;
    }
    sheet.commit();
    workbook
      .commit()
      .then(() => {
        const bytes = new Uint8Array(Buffer.concat(chunks));
        reply({ kind: 'done', bytes }, [bytes.buffer]);
      })
      .catch((error: unknown) => {
        reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
  });
}
