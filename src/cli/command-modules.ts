import type { Command } from 'commander';
import type { CliIo } from './io.ts';

type Register = (program: Command, io: CliIo) => void;

/** A module of commands, loaded only when one of the top-level commands it adds to is run. */
interface CommandModule {
  /** The top-level commands it creates or adds subcommands to. */
  readonly commands: readonly string[];
  readonly load: () => Promise<Register>;
}

/**
 * Every command module, in the order they register (a module adding to a command another creates comes
 * after it). `oa <command>` loads only the modules of that command, so starting `oa areas list` does not
 * load the server, the importers and ExcelJS.
 */
export const COMMAND_MODULES: readonly CommandModule[] = [
  { commands: ['db'], load: async () => (await import('./commands/db-migrate.ts')).registerDbCommands },
  { commands: ['backup', 'restore'], load: async () => (await import('./commands/backup.ts')).registerBackupCommands },
  { commands: ['demo'], load: async () => (await import('./commands/demo-load.ts')).registerDemoCommands },
  { commands: ['areas'], load: async () => (await import('./commands/areas-list.ts')).registerAreasCommands },
  { commands: ['serve'], load: async () => (await import('./commands/serve.ts')).registerServeCommand },
  { commands: ['start'], load: async () => (await import('./commands/start.ts')).registerStartCommand },
  { commands: ['openapi'], load: async () => (await import('./commands/openapi.ts')).registerOpenApiCommand },
  { commands: ['users'], load: async () => (await import('./commands/users.ts')).registerUsersCommands },
  { commands: ['tokens'], load: async () => (await import('./commands/tokens.ts')).registerTokensCommands },
  { commands: ['audit'], load: async () => (await import('./commands/audit.ts')).registerAuditCommands },
  { commands: ['import'], load: async () => (await import('./commands/import.ts')).registerImportCommand },
  { commands: ['data'], load: async () => (await import('./commands/data-download.ts')).registerDataCommands },
  { commands: ['indicators'], load: async () => (await import('./commands/indicators.ts')).registerIndicatorCommands },
  { commands: ['impact'], load: async () => (await import('./commands/impact.ts')).registerImpactCommands },
  { commands: ['index'], load: async () => (await import('./commands/index-commands.ts')).registerIndexCommands },
  { commands: ['select'], load: async () => (await import('./commands/select.ts')).registerSelectCommand },
  { commands: ['selections'], load: async () => (await import('./commands/selections.ts')).registerSelectionsCommands },
  { commands: ['twins'], load: async () => (await import('./commands/twins.ts')).registerTwinsCommand },
  { commands: ['schools'], load: async () => (await import('./commands/schools-similar.ts')).registerSchoolsCommands },
  { commands: ['schools'], load: async () => (await import('./commands/schools-placement.ts')).registerSchoolPlacementCommands },
  { commands: ['funding'], load: async () => (await import('./commands/funding.ts')).registerFundingCommands },
  { commands: ['plans'], load: async () => (await import('./commands/plans.ts')).registerPlansCommands },
  { commands: ['schools', 'hubs', 'engagement'], load: async () => (await import('./commands/research-network.ts')).registerResearchNetworkCommands },
  { commands: ['careers', 'retention', 'demo'], load: async () => (await import('./commands/careers.ts')).registerCareersCommands },
  { commands: ['catch-up', 'demo'], load: async () => (await import('./commands/catch-up.ts')).registerCatchUpCommands },
  { commands: ['holiday', 'demo'], load: async () => (await import('./commands/holiday.ts')).registerHolidayCommands },
];

/**
 * The top-level commands as `oa --help` lists them, without loading any module. A test registers every
 * module and checks this list against what they create, so it cannot drift.
 */
export const TOP_LEVEL_COMMANDS: readonly { readonly term: string; readonly summary: string }[] = [
  { term: "db", summary: "Manage the database schema" },
  { term: "backup [options] <folder>", summary: "Back up the database (SQLite online backup, or pg_dump) and the pseudonymisation key (encrypted with a passphrase) into a new folder" },
  { term: "restore [options] <folder>", summary: "Restore a backup into the database DATABASE_URL names (it must be empty) and put its pseudonymisation key back" },
  { term: "demo", summary: "Demo data: the programme’s published facts" },
  { term: "areas", summary: "The Opportunity Areas register" },
  { term: "serve [options]", summary: "Serve the API and the built web app" },
  { term: "start [options]", summary: "Build the web app if needed, migrate, load demo data into an empty database, and serve (what `npm start` runs)" },
  { term: "openapi [options]", summary: "Print the OpenAPI 3.1 document (or write it with --out), as committed in openapi.json" },
  { term: "users", summary: "People who can sign in, with their role and scope" },
  { term: "tokens", summary: "API tokens for scripts (sent as Authorization: Bearer <token>)" },
  { term: "audit", summary: "The log of every change: who, when, what" },
  { term: "import [options] <kind> <path>", summary: "Load a published file (all or nothing), or every recognised file in a folder with `oa import all <dir>`" },
  { term: "data", summary: "Published data files" },
  { term: "indicators", summary: "Indicators held for areas" },
  { term: "impact", summary: "Impact against comparison areas: before and after, against a synthetic comparison (docs/methodology.md §16)" },
  { term: "index", summary: "Social mobility (cold-spot) indices from a recipe" },
  { term: "select [options]", summary: "Choose areas as the programme did: worst band of index A and of index B, then a shortlist with regional spread and a mix of area types" },
  { term: "selections", summary: "Saved area selections: what was asked and every decision with its reason" },
  { term: "twins [options] [mode]", summary: "Statistical neighbours of districts or upper-tier authorities, with why each is similar; `oa twins pair` twins each Opportunity Area one-to-one" },
  { term: "schools", summary: "Schools in the register: similar schools and need scores" },
  { term: "funding", summary: "Funds, pots and allocation formulas to the penny" },
  { term: "plans", summary: "Delivery plans: measures, targets, actuals and their status" },
  { term: "hubs", summary: "Research School hubs: which schools each serves" },
  { term: "engagement", summary: "How schools have taken up evidence: none → aware → trained → implementing → embedded" },
  { term: "careers", summary: "Careers: the pupil encounter ledger and four-encounter coverage" },
  { term: "retention", summary: "Keep pupil-level records no longer than needed" },
  { term: "catch-up", summary: "Catch-up tutoring: the per-pupil tutoring ledger and the National Tutoring Programme statistics" },
  { term: "holiday", summary: "Holiday activities: clubs, attendance per pupil-day with FSM eligibility, places offered against taken" },
];

/** The name of a help line's term: `backup [options] <folder>` → `backup`. */
export function commandNameOf(term: string): string {
  return term.split(' ')[0] ?? term;
}
