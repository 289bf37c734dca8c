// Builds one Excel workbook off the event loop: ExcelJS's writer compresses the whole sheet in JavaScript,
// hundreds of milliseconds for the national register, which on the main thread would hold up every request.
// Plain JavaScript, so a worker can load it without the TypeScript loader the server runs under.
import { parentPort, workerData } from 'node:worker_threads';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

const out = new PassThrough();
const chunks = [];
out.on('data', (chunk) => chunks.push(chunk));
const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
const sheet = workbook.addWorksheet(workerData.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
const header = sheet.addRow(workerData.headers);
header.font = { bold: true };
header.commit();

parentPort.on('message', (message) => {
  if (message.kind === 'rows') {
    for (const cells of message.rows) sheet.addRow(cells).commit();
    parentPort.postMessage({ kind: 'ready' });
    return;
  }
  sheet.commit();
  workbook
    .commit()
    .then(() => {
      const workbookBytes = Buffer.concat(chunks);
      const copy = new Uint8Array(workbookBytes);
      parentPort.postMessage({ kind: 'done', bytes: copy }, [copy.buffer]);
    })
    .catch((error) => parentPort.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
