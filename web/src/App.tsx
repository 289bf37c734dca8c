import { lazy, Suspense, useEffect } from 'react';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Loading.tsx';
import { AreaPage } from './pages/area/AreaPage.tsx';
import { BoardPage } from './pages/area-board/BoardPage.tsx';
import { AuditPage } from './pages/audit/AuditPage.tsx';
import { AdvisersPage, AreaCareersPage } from './pages/careers/AreaCareersPage.tsx';
import { RecordEncounterPage } from './pages/careers/RecordEncounterPage.tsx';
import { SchoolCareersPage } from './pages/careers/SchoolCareersPage.tsx';
import { AreaTutoringPage, SchoolTutoringPage } from './pages/catch-up/TutoringPage.tsx';
import { AreaHolidayPage } from './pages/holiday/AreaHolidayPage.tsx';
import { SchoolHolidayPage } from './pages/holiday/SchoolHolidayPage.tsx';
import { FundingPage } from './pages/funding/FundingPage.tsx';
import { FundPage } from './pages/fund/FundPage.tsx';
import { HomePage } from './pages/home/HomePage.tsx';
import { NationalImpactPage } from './pages/impact-national/NationalImpactPage.tsx';
import { HubPage } from './pages/hub/HubPage.tsx';
import { HubsPage } from './pages/hubs/HubsPage.tsx';
import { HubPlacementPage } from './pages/hub-placement/HubPlacementPage.tsx';
import { EventPage } from './pages/hub-event/EventPage.tsx';
import { NewProgrammePage } from './pages/hub-programme/NewProgrammePage.tsx';
import { EngagementUpdatePage } from './pages/hub-school/EngagementUpdatePage.tsx';
import { EvidencePlanPage } from './pages/hub-school/EvidencePlanPage.tsx';
import { FollowUpPage } from './pages/hub-school/FollowUpPage.tsx';
import { IndexPage } from './pages/index/IndexPage.tsx';
import { IntermediariesPage } from './pages/intermediaries/IntermediariesPage.tsx';
import { IntermediaryPage } from './pages/intermediaries/IntermediaryPage.tsx';
import { RecipeEditorPage } from './pages/index-recipe-editor/RecipeEditorPage.tsx';
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx';
import { PlanPage } from './pages/plan/PlanPage.tsx';
import { ActualPage } from './pages/plan-actual/ActualPage.tsx';
import { StatusPage } from './pages/plan-status/StatusPage.tsx';
import { CrossAreaPage } from './pages/plans/CrossAreaPage.tsx';
import { PlanStatusPage } from './pages/plans/PlanStatusPage.tsx';
import { AccessibilityPage } from './pages/service/AccessibilityPage.tsx';
import { ContactPage } from './pages/service/ContactPage.tsx';
import { CookiesPage } from './pages/service/CookiesPage.tsx';
import { PrivacyPage } from './pages/service/PrivacyPage.tsx';
import { DataPage } from './pages/data/DataPage.tsx';
import { WhatWorkedPage } from './pages/what-worked/WhatWorkedPage.tsx';
import { NewWhatWorkedPage } from './pages/what-worked-new/NewWhatWorkedPage.tsx';
import { NewBoardMeetingPage, NewBoardMemberPage } from './pages/board-record/BoardRecordPages.tsx';
import { PlacePage } from './pages/place/PlacePage.tsx';
import { SchoolPage } from './pages/school/SchoolPage.tsx';
import { SchoolsPage } from './pages/schools/SchoolsPage.tsx';
import { SignInPage } from './pages/sign-in/SignInPage.tsx';
import { ToolkitPage } from './pages/toolkit/ToolkitPage.tsx';
import { UsersPage } from './pages/users/UsersPage.tsx';
import { NewUserPage } from './pages/users/NewUserPage.tsx';
import { EditUserPage } from './pages/users/EditUserPage.tsx';
import { interceptLinkClicks } from './router/intercept-link-clicks.ts';
import { matchRoute, type Route } from './router/match-route.ts';
import { usePageVisit, usePathname } from './router/navigation.ts';
import { SessionProvider } from './session/SessionProvider.tsx';

// The map brings d3-geo with it: loaded only when someone opens the map.
const MapPage = lazy(async () => ({ default: (await import('./pages/map/MapPage.tsx')).MapPage }));

export function App() {
  const pathname = usePathname();
  const visit = usePageVisit();
  useEffect(() => interceptLinkClicks(document), []);
  return (
    <SessionProvider>
      <Layout pathname={pathname}>
        {/* Keyed by the visit so going to the page already shown starts it afresh, as a browser would. */}
        <Page key={visit} route={matchRoute(pathname)} />
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
      return (
        <Suspense fallback={<Loading />}>
          <MapPage />
        </Suspense>
      );
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
