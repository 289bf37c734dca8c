import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ContactDetails } from './ContactDetails.tsx';
import { useServiceInfo } from './use-service-info.ts';

/** The known problems, as a review of every page for every role found them; each goes when it is fixed. */
const KNOWN_PROBLEMS = [
  'On a narrow screen (a phone) the menu does not collapse, and some wide tables and the delivery plan page make the page scroll sideways.',
  'On the maps, each district is a link inside the map’s own interactive region, which some screen readers announce awkwardly; every map has a table of the same figures beneath it.',
  'The audit log’s table scrolls inside a region that cannot be reached with the keyboard alone.',
  'Some parts of pages are not inside a landmark region, so they are harder to reach by landmark navigation.',
  'Dates are typed as one field (2026-01-15) rather than as day, month and year.',
  'Schools and Toolkit strands are chosen by typing their URN or code, without suggestions as you type.',
  'The board report’s PDF is not tagged for screen readers; the same report is available as a web page and a spreadsheet beside it.',
];

export function AccessibilityPage() {
  useDocumentTitle('Accessibility statement');
  const state = useServiceInfo();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Accessibility statement</h1>
        <p className="govuk-body">
          This statement applies to the Opportunity Areas service: its pages and its downloads. We want as many people as possible to be able
          to use it: to change colours, contrast and fonts, zoom in up to 400% without text spilling off the screen, move through it with only
          a keyboard or speech recognition, and listen to it with a screen reader.
        </p>
        <h2 className="govuk-heading-l">How accessible this service is</h2>
        <p className="govuk-body">
          It is built with the GOV.UK Design System’s styles and patterns. Every figure shown in a chart or map is also in a table, and every
          table can be downloaded as CSV or Excel. We know some parts are not fully accessible:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          {KNOWN_PROBLEMS.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <h2 className="govuk-heading-l">Feedback and contact information</h2>
        <p className="govuk-body">If you need information in a different format, or find a problem not listed here, contact us:</p>
        {state.status === 'loading' && <Loading />}
        {state.status === 'failed' && <ApiFailure error={state.error} />}
        {state.status === 'loaded' && <ContactDetails info={state.data} />}
        <h2 className="govuk-heading-l">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications)
          (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and
          Support Service (EASS).
        </p>
        <h2 className="govuk-heading-l">Compliance status</h2>
        <p className="govuk-body">
          This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the problems
          listed above.
        </p>
        <h2 className="govuk-heading-l">How this service was tested</h2>
        <p className="govuk-body">
          Every page was visited as every role in a headless browser and checked with the axe accessibility checker in late 2026, which
          found the problems listed above; the main journeys are run in a browser in every test run. This statement was prepared on 7 December
          2026.
        </p>
      </div>
    </div>
  );
}
