import { FileRowBatches, type FileRowBatch } from '../../storage/repositories/careers/file-row-batches.ts';
import { CsvStreamError, streamCsvText } from '../csv/stream-csv-records.ts';
import { ProblemList, type Problem } from '../report.ts';
import { EncounterRowReader } from './encounter-row-reader.ts';
import { readEncounterHeader, type EncounterHeader, type ReadEncounterOptions } from './read-encounter-file.ts';

const CR = 13;

/** What reading a file gives as it goes: a batch of rows ready to write, or how far through it is. */
export type EncounterFilePiece = { readonly batch: FileRowBatch } | { readonly bytesRead: number; readonly bytesTotal: number };

/**
 * How the reading ended: the file could not be read as CSV (`line` where its quoting breaks, null for the
 * whole file); its header was refused (`problems`); it was empty; or it was read, with each row's own
 * problems in file order (the first `listed`, `unlisted` more counted), how many records followed the
 * header, how many rows were put in batches, and whether each pupil's rows were certainly one run.
 */
export type EncounterFileEnd =
  | { readonly kind: 'unreadable'; readonly line: number | null; readonly reason: string }
  | { readonly kind: 'header'; readonly problems: readonly Problem[] }
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'read';
      readonly problems: readonly Problem[];
      readonly unlisted: number;
      readonly records: number;
      readonly staged: number;
      /** Certainly every pupil's staged rows are one run, none repeating another (`FileRowBatches.oneRunEach`). */
      readonly oneRunEach: boolean;
    };

/**
 * Reads an encounter export a piece at a time (`streamCsvText`), checking each row on its own
 * (`EncounterRowReader`) and numbering the good ones into batches (`FileRowBatches`) for the import's
 * tables; yields each full batch and, after each piece, how far through the file it is. Holds a piece, a
 * batch and the open run, so memory stays flat whatever the file's size. Pure reading: it runs on the
 * import's thread or on one of its own (`readEncounterBatchesInThread`), alike.
 */
export async function* readEncounterBatches(path: string, file: string, options: ReadEncounterOptions, listed: number): AsyncGenerator<EncounterFilePiece, EncounterFileEnd> {
  const problems = new ProblemList(file, listed);
  const batches = new FileRowBatches();
  let header: EncounterHeader | null | undefined;
  let reader: EncounterRowReader | null = null;
  let records = 0;
  try {
    for await (const piece of streamCsvText(path)) {
      if (piece.records !== null) {
        for (const record of piece.records) {
          if (reader === null) {
            // The first record is the header; nothing after a refused one is read.
            header = readEncounterHeader(record.cells, problems);
            if (header === null) return { kind: 'header', problems: problems.items };
            reader = new EncounterRowReader(header, problems, options);
            continue;
          }
          records += 1;
          const row = reader.read(record);
          if (row !== null && batches.add(row, record.row)) yield { batch: batches.take() };
        }
      } else {
        // A plain piece (nearly every one): its lines read where they lie, each non-empty one a record.
        const { text } = piece;
        const length = text.length;
        let line = piece.line;
        for (let at = 0; at < length; line += 1) {
          let lineEnd = text.indexOf('\n', at);
          if (lineEnd === -1) lineEnd = length;
          const end = lineEnd > at && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
          const start = at;
          at = lineEnd + 1;
          if (end === start) continue;
          if (reader === null) {
            header = readEncounterHeader(text.slice(start, end).split(','), problems);
            if (header === null) return { kind: 'header', problems: problems.items };
            reader = new EncounterRowReader(header, problems, options);
            continue;
          }
          records += 1;
          const row = reader.readLine(text, start, end, line);
          if (row !== null && batches.add(row, line)) yield { batch: batches.take() };
        }
      }
      yield { bytesRead: piece.bytesRead, bytesTotal: piece.bytesTotal };
    }
  } catch (error) {
    if (!(error instanceof CsvStreamError)) throw error;
    return { kind: 'unreadable', line: error.line, reason: error.reason };
  }
  if (header === undefined) return { kind: 'empty' };
  yield { batch: batches.finish() };
  return { kind: 'read', problems: problems.items, unlisted: problems.truncatedBy, records, staged: batches.count, oneRunEach: batches.oneRunEach };
}
