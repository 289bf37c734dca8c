import type { AutocompleteOption } from '../components/form/autocomplete-options.ts';
import { matchStrands, rankByName, schoolQuery } from '../components/form/autocomplete-options.ts';
import { getSchools, getStrands } from './public-data-client.ts';
import type { ToolkitStrand } from './public-data-types.ts';

const SCHOOLS_SHOWN = 8;
// Enough of the register's matches to rank before showing the best few.
const SCHOOLS_RANKED = 100;

/** Schools for an autocomplete, by words of the name or a whole URN; the field is set to the URN. */
export async function suggestSchools(text: string, signal: AbortSignal): Promise<AutocompleteOption[]> {
  const found = await getSchools({ ...schoolQuery(text), pageSize: SCHOOLS_RANKED }, signal);
  return rankByName(found.items, text).slice(0, SCHOOLS_SHOWN).map((school) => ({
    value: String(school.urn),
    label: `${school.name} (URN ${String(school.urn)})`,
    hint: [school.town, school.postcode, school.phase, school.status === 'open' ? null : school.status].filter((part) => part !== null && part !== '').join(', '),
  }));
}

// The Toolkit has a few dozen strands: fetched once, then matched as the user types.
let strands: Promise<ToolkitStrand[]> | null = null;

async function allStrands(signal: AbortSignal): Promise<ToolkitStrand[]> {
  strands ??= getStrands({}, signal).then((list) => list.items);
  try {
    return await strands;
  } catch (error) {
    strands = null;
    throw error;
  }
}

/** Toolkit strands for an autocomplete, setting the field to the strand's code (`metacognition-and-self-regulation`). */
export async function suggestStrandCodes(text: string, signal: AbortSignal): Promise<AutocompleteOption[]> {
  return matchStrands(await allStrands(signal), text).map((strand) => ({ value: strand.slug, label: strand.name, hint: strand.slug }));
}

/** Toolkit strands for an autocomplete, setting the field to the strand's name, where other evidence may be typed instead. */
export async function suggestStrandNames(text: string, signal: AbortSignal): Promise<AutocompleteOption[]> {
  return matchStrands(await allStrands(signal), text).map((strand) => ({ value: strand.name, label: strand.name }));
}
