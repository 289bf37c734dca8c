import { Suspense, useEffect } from 'react';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { PageLoadFailure } from './components/PageLoadFailure.tsx';
import {
  AccessibilityPage,
  ActualPage,
  AdvisersPage,
  AreaCareersPage,
  AreaHolidayPage,
  AreaPage,
  AreaTutoringPage,
  AuditPage,
  BoardPage,
  ContactPage,
  CookiesPage,
  CrossAreaPage,
  DataPage,
  EditUserPage,
  EngagementUpdatePage,
  EventPage,
  EvidencePlanPage,
  FollowUpPage,
  FundPage,
  FundingPage,
  HomePage,
  HubPage,
  HubPlacementPage,
  HubsPage,
  IndexPage,
  IntermediariesPage,
  IntermediaryPage,
  MapPage,
  NationalImpactPage,
  NewBoardMeetingPage,
  NewBoardMemberPage,
  NewUserPage,
  NewProgrammePage,
  NewWhatWorkedPage,
  NotFoundPage,
  PlacePage,
  PlanPage,
  PlanStatusPage,
  PrivacyPage,
  RecipeEditorPage,
  RecordEncounterPage,
  SchoolCareersPage,
  SchoolHolidayPage,
  SchoolPage,
  SchoolTutoringPage,
  SchoolsPage,
  SignInPage,
  StatusPage,
  ToolkitPage,
  UsersPage,
  WhatWorkedPage,
} from './lazy-pages.ts';
import { interceptLinkClicks } from './router/intercept-link-clicks.ts';
import { matchRoute, type Route } from './router/match-route.ts';
import { usePageVisit, usePathname } from './router/navigation.ts';
import { SessionProvider } from './session/SessionProvider.tsx';

export function App() {
  const pathname = usePathname();
  const visit = usePageVisit();
  useEffect(() => interceptLinkClicks(document), []);
  return (
    <SessionProvider>
      <Layout pathname={pathname}>
        {/* Keyed by the visit so going to the page already shown starts it afresh, as a browser would. */}
        <PageLoadFailure key={visit}>
          {/* The page's own code arrives as a separate chunk; until then the same "Loading…" its data shows. */}
          <Suspense fallback={<Loading />}>
            <Page route={matchRoute(pathname)} />
          </Suspense>
        </PageLoadFailure>
      </Layout>
    </SessionProvider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'area':
      // Keyed by id so moving between areas starts each page afresh.
      return <AreaPage key={route.id} id={route.id} />;
    case 'area-board':
      return <BoardPage key={route.id} id={route.id} />;
    case 'place':
      return <PlacePage key={route.code} code={route.code} />;
    case 'schools':
      return <SchoolsPage />;
    case 'data':
      return <DataPage />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'cookies':
      return <CookiesPage />;
    case 'contact':
      return <ContactPage />;
    case 'school':
      return <SchoolPage key={route.urn} urn={route.urn} />;
    case 'map':
      return <MapPage />;
    case 'impact-national':
      return <NationalImpactPage />;
    case 'toolkit':
      return <ToolkitPage />;
    case 'hubs':
      return <HubsPage />;
    case 'index':
      return <IndexPage />;
    case 'index-recipe-editor':
      return <RecipeEditorPage />;
    case 'funding':
      return <FundingPage />;
    case 'fund':
      return <FundPage key={route.id} id={route.id} />;
    case 'sign-in':
      return <SignInPage />;
    case 'audit':
      return <AuditPage />;
    case 'users':
      return <UsersPage />;
    case 'user-new':
      return <NewUserPage />;
    case 'user':
      return <EditUserPage key={route.id} id={route.id} />;
    case 'area-plan':
      return <PlanPage key={route.id} id={route.id} />;
    case 'area-plan-actual':
      return <ActualPage key={`${route.id}/${route.code}`} id={route.id} code={route.code} />;
    case 'area-plan-status':
      return <StatusPage key={`${route.id}/${route.code}`} id={route.id} code={route.code} />;
    case 'plans':
      return <CrossAreaPage />;
    case 'plans-status':
      return <PlanStatusPage />;
    case 'what-worked':
      return <WhatWorkedPage />;
    case 'what-worked-new':
      return <NewWhatWorkedPage key={route.id} id={route.id} />;
    case 'board-member-new':
      return <NewBoardMemberPage key={route.id} id={route.id} />;
    case 'board-meeting-new':
      return <NewBoardMeetingPage key={route.id} id={route.id} />;
    case 'hub':
      return <HubPage key={route.id} id={route.id} />;
    case 'hub-placement':
      return <HubPlacementPage key={route.id} id={route.id} />;
    case 'hub-event':
      return <EventPage key={`${route.hubId}/${route.eventId}`} hubId={route.hubId} eventId={route.eventId} />;
    case 'hub-programme-new':
      return <NewProgrammePage key={route.hubId} hubId={route.hubId} />;
    case 'hub-school-engagement':
      return <EngagementUpdatePage key={`${route.hubId}/${route.urn}`} hubId={route.hubId} urn={route.urn} />;
    case 'hub-school-evidence-plan':
      return <EvidencePlanPage key={`${route.hubId}/${route.urn}`} hubId={route.hubId} urn={route.urn} />;
    case 'hub-school-follow-up':
      return <FollowUpPage key={`${route.hubId}/${route.urn}`} hubId={route.hubId} urn={route.urn} />;
    case 'not-found':
      return <NotFoundPage />;
    case 'careers-school':
      return <SchoolCareersPage key={route.urn} urn={route.urn} />;
    case 'careers-record':
      return <RecordEncounterPage key={route.urn} urn={route.urn} />;
    case 'careers-area':
      return <AreaCareersPage key={route.id} id={route.id} />;
    case 'careers-advisers':
      return <AdvisersPage key={route.id} id={route.id} />;
    case 'tutoring-school':
      return <SchoolTutoringPage key={route.urn} urn={route.urn} />;
    case 'tutoring-area':
      return <AreaTutoringPage key={route.id} id={route.id} />;
    case 'holiday-area':
      return <AreaHolidayPage key={route.id} id={route.id} />;
    case 'holiday-school':
      return <SchoolHolidayPage key={route.urn} urn={route.urn} />;
    case 'intermediaries':
      return <IntermediariesPage />;
    case 'intermediary':
      return <IntermediaryPage key={`${route.kind}/${route.code}`} kind={route.kind} code={route.code} />;
  }
}
