import type { OpportunityAreaSummary } from '../../api/types.ts';
import { menuFor } from '../../session/menu.ts';
import { useSession } from '../../session/session-context.ts';
import { holdsEverywhere, yourPlaces, type YourPlace } from '../../session/your-places.ts';

/**
 * Where a signed-in user starts: their area, their Research School hub or their school, each with the
 * pages they use most; the national roles start from the national views. Nothing for a visitor.
 */
export function YourStart({ areas }: { areas: readonly OpportunityAreaSummary[] | null }) {
  const { user } = useSession();
  if (user === null) return null;
  const places = yourPlaces(user);
  const menu = new Set(menuFor(user).map((item) => item.href));
  if (places.length === 0) {
    return (
      <section aria-labelledby="your-start-heading" id="your-start" className="oa-your-start">
        <h2 className="govuk-heading-m" id="your-start-heading">
          The national view
        </h2>
        <ul className="govuk-list">
          {menu.has('/plans') && <StartLink href="/plans" text="Every area’s delivery plan measures" />}
          <StartLink href="/funding" text="Funding: allocations and spend" />
          <StartLink href="/hubs" text="Research Schools and the schools they serve" />
          {menu.has('/what-worked') && <StartLink href="/what-worked" text="What worked across the areas" />}
          {holdsEverywhere(user, 'users:manage') && <StartLink href="/users" text="Users" />}
        </ul>
      </section>
    );
  }
  return (
    <>
      {places.map((place) => (
        <PlaceStart key={`${place.kind}:${place.id}`} place={place} areas={areas} careers={menu} />
      ))}
    </>
  );
}

const HEADINGS = { area: 'Your area', hub: 'Your Research School', school: 'Your school' } as const;

function PlaceStart({ place, areas, careers }: { place: YourPlace; areas: readonly OpportunityAreaSummary[] | null; careers: ReadonlySet<string> }) {
  const id = encodeURIComponent(place.id);
  const area = areas?.find((a) => a.id === place.id);
  const hub = areas?.find((a) => a.researchSchool?.id === place.id)?.researchSchool;
  const name = place.kind === 'area' ? (area?.name ?? place.id) : place.kind === 'hub' ? (hub?.name ?? place.id) : `URN ${place.id}`;
  const headingId = `your-${place.kind}-${place.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="oa-your-start" id={`your-${place.kind}`}>
      <h2 className="govuk-heading-m" id={headingId}>
        {HEADINGS[place.kind]}: {name}
      </h2>
      <ul className="govuk-list">
        <StartLink href={place.href} text={place.kind === 'school' ? 'The school’s profile' : `${name}’s page`} />
        {place.kind === 'area' && <StartLink href={`/areas/${id}/plan`} text="Delivery plan and board report" />}
        {place.kind === 'area' && careers.has(`/careers/areas/${id}`) && <StartLink href={`/careers/areas/${id}`} text="Careers encounters and Enterprise Advisers" />}
        {place.kind === 'hub' && <StartLink href={`/hubs/${id}/programmes/new`} text="Add a training programme" />}
        {place.kind === 'school' && careers.has(`/careers/schools/${id}`) && <StartLink href={`/careers/schools/${id}`} text="Careers encounters" />}
      </ul>
    </section>
  );
}

function StartLink({ href, text }: { href: string; text: string }) {
  return (
    <li>
      <a className="govuk-link" href={href}>
        {text}
      </a>
    </li>
  );
}
