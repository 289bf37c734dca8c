/** One thing wrong with an input file: where (row and column where they apply), the value, and why. */
export interface Problem {
  readonly file: string;
  /**
   * 1-based line number in the file as a spreadsheet shows it (the header is row 1); for a GeoJSON or TopoJSON
   * file, the feature's position (the first feature is 1); null for the file as a whole.
   */
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly reason: string;
}

export interface ImportCounts {
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly file: string;
      readonly kind: string;
      readonly counts: ImportCounts;
      readonly dryRun: boolean;
      readonly checksum: string;
      /** What the import left out on purpose and why (rows of areas the platform does not hold, say). */
      readonly notes?: readonly string[];
    }
  | { readonly ok: false; readonly file: string; readonly kind: string; readonly rows: number; readonly problems: readonly Problem[] };

/** The most characters of a bad value a problem quotes. */
const QUOTED_VALUE_LIMIT = 200;

/** Collects problems rather than throwing, so one run reports every bad row, up to a cap. */
export class ProblemList {
  readonly items: Problem[] = [];
  private dropped = 0;

  constructor(
    readonly file: string,
    private readonly cap = 1000,
  ) {}

  add(problem: Omit<Problem, 'file'>): void {
    if (this.items.length >= this.cap) {
      this.dropped += 1;
      return;
    }
    // A report quotes the start of a value: enough to find it, never a whole oversized cell.
    const value = problem.value !== null && problem.value.length > QUOTED_VALUE_LIMIT ? `${problem.value.slice(0, QUOTED_VALUE_LIMIT)}…` : problem.value;
    this.items.push({ file: this.file, ...problem, value });
  }

  /** Counts `n` more problems found but not listed (a reader that kept only the first of them). */
  addUnlisted(n: number): void {
    this.dropped += n;
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  get truncatedBy(): number {
    return this.dropped;
  }
}

/** `file:row:column: reason (value "…")`, one problem per line, as compilers and linters print them. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.row === null ? null : `row ${String(problem.row)}`, problem.column].filter((p) => p !== null).join(', ');
  const value = problem.value === null ? '' : ` (value "${problem.value.length > 60 ? `${problem.value.slice(0, 57)}...` : problem.value}")`;
  return `${where}: ${problem.reason}${value}`;
}
