import { checkProfile, fundersOf, parsePounds, type ProfileYear } from '../../domain/funding/index.ts';
import { AppFailure, appError } from '../../app/errors.ts';
import { formatPence } from '../../domain/shared/money.ts';
import { cliActor } from '../cli-actor.ts';
import { loadConfigOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import { formatTable } from '../format-table.ts';
import type { CliIo } from '../io.ts';
import { withServices } from '../open-database.ts';

/** `2017/18=20000000` (pounds, or pence with a p) → a profile year; a usage error names what is wrong. */
function parseYear(text: string): ProfileYear {
  const [period = '', amount = ''] = text.split('=');
  if (!/^\d{4}\/\d{2}$/.test(period.trim())) throw new UsageError(`--set ${text}: give YEAR=POUNDS, like 2017/18=20000000`);
  const pence = parsePounds(amount);
  if (!pence.ok && amount.trim() !== '0') throw new UsageError(`--set ${text}: ${pence.error}`);
  return { period: period.trim(), amountPence: pence.ok ? pence.value : 0 };
}

/**
 * `oa funding profile --fund ID [--set YEAR=POUNDS …] [--clear]`: shows a fund's terms (funders with their
 * shares, conditions) and its planned amount by academic year; `--set` replaces the profile, which must add
 * up to the fund exactly; `--clear` goes back to planning evenly over the years. Changes are audited.
 */
export async function runFundProfile(io: CliIo, options: { fund: string; set?: string[]; clear?: boolean }): Promise<void> {
  if (options.set !== undefined && options.clear === true) throw new UsageError('Give --set or --clear, not both');
  const profile = options.clear === true ? [] : options.set?.map(parseYear);
  const shown = await withServices(loadConfigOrThrow(io.env).database, async (services) => {
    let funds = await services.funds.listFunds();
    const fund = funds.find((f) => f.id === options.fund);
    if (fund === undefined) throw new AppFailure(appError('not_found', `There is no fund with the id "${options.fund}". See them with: oa funding report --fund <id>, or GET /api/funds`));
    if (profile !== undefined) {
      const problems = checkProfile(fund, profile);
      if (problems.length > 0) throw new Error(`The profile for ${fund.id} was not saved:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      const outcome = await services.funds.setFundProfile(fund.id, profile, cliActor(io), io.now);
      io.stderr(outcome === 'changed' ? `Saved the profile of ${fund.id}.\n` : `${fund.id} already has this profile; nothing changed.\n`);
      funds = await services.funds.listFunds();
    }
    const current = funds.find((f) => f.id === options.fund) ?? fund;
    return { fund: current, funders: fundersOf(current, funds) };
  });
  const { fund, funders } = shown;
  io.stdout(`${fund.name} (${fund.period}): ${formatPence(fund.amountPence)}\n`);
  io.stdout(`Funded by: ${funders.map((f) => `${f.funder} ${formatPence(f.amountPence)} (${String(f.percent)}%)`).join('; ')}\n`);
  io.stdout(`Conditions: ${fund.conditions === '' ? 'none published' : fund.conditions}\n`);
  if (fund.profile.length === 0) {
    io.stdout('Profile: none set, so spend is planned evenly over the fund’s years.\n');
    return;
  }
  io.stdout(formatTable(['year', 'planned', 'pence'], fund.profile.map((y) => [y.period, formatPence(y.amountPence), String(y.amountPence)])));
}
