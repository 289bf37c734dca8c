import type { Services } from '../storage/services/create-services.ts';
import type { Importer } from './importer.ts';
import { hasColumns } from './map-columns.ts';
import type { ImportOutcome } from './report.ts';
import { runImport, type ImportOptions } from './run-import.ts';
import type { FileSample } from './sniff-file.ts';

/** An importer with its row type sealed in, so importers of different rows can sit in one list. */
export interface RegisteredImporter {
  readonly kind: string;
  readonly description: string;
  readonly dependsOn: readonly string[];
  /** Whether a file is this importer's kind: a CSV with all its required columns, unless it says otherwise. */
  recognises(sample: FileSample): boolean;
  run(services: Services, path: string, options: ImportOptions): Promise<ImportOutcome>;
}

export function register<Row>(importer: Importer<Row>): RegisteredImporter {
  return {
    kind: importer.kind,
    description: importer.description,
    dependsOn: importer.dependsOn,
    recognises: importer.recognises ?? ((sample) => sample.extension === '.csv' && hasColumns(sample.headers, importer.columns)),
    run: (services, path, options) => runImport(services, importer, path, options),
  };
}

/**
 * Orders importers so each comes after those it depends on (districts before schools, schools before
 * their results). Throws on a cycle, which is a programmer error.
 */
export function inDependencyOrder(importers: readonly RegisteredImporter[]): RegisteredImporter[] {
  const byKind = new Map(importers.map((i) => [i.kind, i]));
  const ordered: RegisteredImporter[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (importer: RegisteredImporter, path: readonly string[]) => {
    const seen = state.get(importer.kind);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`Importers depend on each other in a cycle: ${[...path, importer.kind].join(' → ')}`);
    state.set(importer.kind, 'visiting');
    for (const dependency of importer.dependsOn) {
      const other = byKind.get(dependency);
      if (other !== undefined) visit(other, [...path, importer.kind]);
    }
    state.set(importer.kind, 'done');
    ordered.push(importer);
  };
  for (const importer of importers) visit(importer, []);
  return ordered;
}
