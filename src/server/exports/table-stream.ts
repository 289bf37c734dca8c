import { PassThrough, Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { csvHeaderLine, csvLine, type CsvColumn } from '../../domain/shared/csv.ts';
import { startThread } from '../../ingest/runtime/start-thread.ts';
import type { XlsxThreadData, XlsxThreadReply, XlsxThreadRequest } from './xlsx-thread.ts';

const XLSX_THREAD = new URL('./xlsx-thread.ts', import.meta.url);

/** The rows of a download: all at once, or page by page from a query that reads a few thousand at a time. */
export type RowSource<Row> = readonly Row[] | AsyncIterable<readonly Row[]>;

/**
 * Rows written per turn of the event loop: 250 rows of the 19-column schools table take a few milliseconds,
 * so one download never holds up other requests for long however big it is.
 */
const ROWS_PER_TURN = 250;

/** The rows in slices of ROWS_PER_TURN, each handed over on a later turn of the event loop. */
async function* slicesOf<Row>(rows: RowSource<Row>): AsyncGenerator<readonly Row[]> {
  const pages: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]> = Symbol.asyncIterator in rows ? rows : [rows];
  for await (const page of pages) {
    for (let start = 0; start < page.length; start += ROWS_PER_TURN) {
      await nextTurn();
      yield page.slice(start, start + ROWS_PER_TURN);
    }
  }
}

async function* csvChunks<Row>(columns: readonly CsvColumn<Row>[], rows: RowSource<Row>): AsyncGenerator<Buffer> {
  // A UTF-8 byte order mark, so Excel reads £ and accents correctly.
  yield Buffer.from(`\uFEFF${csvHeaderLine(columns)}\r\n`, 'utf8');
  for await (const slice of slicesOf(rows)) {
    let text = '';
    for (const row of slice) text += `${csvLine(columns.map((c) => c.value(row)))}\r\n`;
    yield Buffer.from(text, 'utf8');
  }
}

/** CSV text of the rows, written a slice at a time as the reader takes it (escaped as `toCsv` does). */
export function csvStream<Row>(columns: readonly CsvColumn<Row>[], rows: RowSource<Row>): Readable {
  return Readable.from(csvChunks(columns, rows), { objectMode: false });
}

/**
 * An Excel workbook of the rows, one sheet whose header row is bold and frozen, numbers kept as numbers. The
 * cells are read here a slice at a time (the columns are functions, which cannot cross to a thread) and the
 * workbook is built and compressed in a worker thread (`xlsx-thread.ts`), one slice in flight at a time.
 */
export function xlsxStream<Row>(sheetName: string, columns: readonly CsvColumn<Row>[], rows: RowSource<Row>): Readable {
  const out = new PassThrough();
  buildWorkbookInWorker(out, sheetName, columns, rows).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

async function buildWorkbookInWorker<Row>(out: PassThrough, sheetName: string, columns: readonly CsvColumn<Row>[], rows: RowSource<Row>): Promise<void> {
  const data: XlsxThreadData = { sheetName: sheetName.slice(0, 31), headers: columns.map((c) => c.header) };
  const worker = startThread(XLSX_THREAD, data);
  const send = (message: XlsxThreadRequest): void => {
    worker.postMessage(message);
  };
  const replies: XlsxThreadReply[] = [];
  let waiting: ((reply: XlsxThreadReply) => void) | null = null;
  const deliver = (reply: XlsxThreadReply): void => {
    if (waiting === null) replies.push(reply);
    else {
      const resolve = waiting;
      waiting = null;
      resolve(reply);
    }
  };
  worker.on('message', deliver);
  worker.on('error', (error) => {
    deliver({ kind: 'failed', message: error.message });
  });
  const nextReply = (): Promise<XlsxThreadReply> =>
    new Promise((resolve) => {
      const ready = replies.shift();
      if (ready === undefined) waiting = resolve;
      else resolve(ready);
    });
  try {
    for await (const slice of slicesOf(rows)) {
      if (out.destroyed) return;
      send({ kind: 'rows', rows: slice.map((row) => columns.map((c) => c.value(row))) });
      const reply = await nextReply();
      if (reply.kind === 'failed') throw new Error(`The workbook could not be built: ${reply.message}`);
    }
    send({ kind: 'end' });
    const reply = await nextReply();
    if (reply.kind !== 'done') throw new Error(`The workbook could not be built: ${reply.kind === 'failed' ? reply.message : 'it was not finished'}`);
    out.end(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
  } finally {
    await worker.terminate();
  }
}
