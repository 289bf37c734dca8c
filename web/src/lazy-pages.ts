import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Props typed `any`, as React's own `lazy` takes them: each page keeps its own props' type (the M[K] below),
// which App.tsx is checked against where it renders the page.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PageComponent = ComponentType<any>;

/**
 * The page component `name` of the module `load` imports, fetched when the page is first shown. One function
 * for every page: written out each time, React's `lazy` and Vite's import wrapper took 0.5 KB gzip of the shell.
 */
function page<M extends Record<K, PageComponent>, K extends string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

// Each page is its own chunk, fetched when its route is first shown, so the first page downloads only
// its own code and the shell (issue 21: the first page's JS at most 150 KB gzip; test/web/first-page-js.test.ts).

export const AreaPage = page(() => import('./pages/area/AreaPage.tsx'), 'AreaPage');
export const BoardPage = page(() => import('./pages/area-board/BoardPage.tsx'), 'BoardPage');
export const AuditPage = page(() => import('./pages/audit/AuditPage.tsx'), 'AuditPage');
export const AdvisersPage = page(() => import('./pages/careers/AreaCareersPage.tsx'), 'AdvisersPage');
export const AreaCareersPage = page(() => import('./pages/careers/AreaCareersPage.tsx'), 'AreaCareersPage');
export const RecordEncounterPage = page(() => import('./pages/careers/RecordEncounterPage.tsx'), 'RecordEncounterPage');
export const SchoolCareersPage = page(() => import('./pages/careers/SchoolCareersPage.tsx'), 'SchoolCareersPage');
export const AreaTutoringPage = page(() => import('./pages/catch-up/TutoringPage.tsx'), 'AreaTutoringPage');
export const SchoolTutoringPage = page(() => import('./pages/catch-up/TutoringPage.tsx'), 'SchoolTutoringPage');
export const AreaHolidayPage = page(() => import('./pages/holiday/AreaHolidayPage.tsx'), 'AreaHolidayPage');
export const FundingPage = page(() => import('./pages/funding/FundingPage.tsx'), 'FundingPage');
export const FundPage = page(() => import('./pages/fund/FundPage.tsx'), 'FundPage');
export const HomePage = page(() => import('./pages/home/HomePage.tsx'), 'HomePage');
export const NationalImpactPage = page(() => import('./pages/impact-national/NationalImpactPage.tsx'), 'NationalImpactPage');
export const HubPage = page(() => import('./pages/hub/HubPage.tsx'), 'HubPage');
export const HubsPage = page(() => import('./pages/hubs/HubsPage.tsx'), 'HubsPage');
export const HubPlacementPage = page(() => import('./pages/hub-placement/HubPlacementPage.tsx'), 'HubPlacementPage');
export const EventPage = page(() => import('./pages/hub-event/EventPage.tsx'), 'EventPage');
export const NewProgrammePage = page(() => import('./pages/hub-programme/NewProgrammePage.tsx'), 'NewProgrammePage');
export const EngagementUpdatePage = page(() => import('./pages/hub-school/EngagementUpdatePage.tsx'), 'EngagementUpdatePage');
export const EvidencePlanPage = page(() => import('./pages/hub-school/EvidencePlanPage.tsx'), 'EvidencePlanPage');
export const FollowUpPage = page(() => import('./pages/hub-school/FollowUpPage.tsx'), 'FollowUpPage');
export const IndexPage = page(() => import('./pages/index/IndexPage.tsx'), 'IndexPage');
export const IntermediariesPage = page(() => import('./pages/intermediaries/IntermediariesPage.tsx'), 'IntermediariesPage');
export const IntermediaryPage = page(() => import('./pages/intermediaries/IntermediaryPage.tsx'), 'IntermediaryPage');
export const RecipeEditorPage = page(() => import('./pages/index-recipe-editor/RecipeEditorPage.tsx'), 'RecipeEditorPage');
export const NotFoundPage = page(() => import('./pages/not-found/NotFoundPage.tsx'), 'NotFoundPage');
export const PlanPage = page(() => import('./pages/plan/PlanPage.tsx'), 'PlanPage');
export const ActualPage = page(() => import('./pages/plan-actual/ActualPage.tsx'), 'ActualPage');
export const StatusPage = page(() => import('./pages/plan-status/StatusPage.tsx'), 'StatusPage');
export const CrossAreaPage = page(() => import('./pages/plans/CrossAreaPage.tsx'), 'CrossAreaPage');
export const PlanStatusPage = page(() => import('./pages/plans/PlanStatusPage.tsx'), 'PlanStatusPage');
export const AccessibilityPage = page(() => import('./pages/service/AccessibilityPage.tsx'), 'AccessibilityPage');
export const ContactPage = page(() => import('./pages/service/ContactPage.tsx'), 'ContactPage');
export const CookiesPage = page(() => import('./pages/service/CookiesPage.tsx'), 'CookiesPage');
export const PrivacyPage = page(() => import('./pages/service/PrivacyPage.tsx'), 'PrivacyPage');
export const DataPage = page(() => import('./pages/data/DataPage.tsx'), 'DataPage');
export const WhatWorkedPage = page(() => import('./pages/what-worked/WhatWorkedPage.tsx'), 'WhatWorkedPage');
export const NewWhatWorkedPage = page(() => import('./pages/what-worked-new/NewWhatWorkedPage.tsx'), 'NewWhatWorkedPage');
export const NewBoardMeetingPage = page(() => import('./pages/board-record/BoardRecordPages.tsx'), 'NewBoardMeetingPage');
export const NewBoardMemberPage = page(() => import('./pages/board-record/BoardRecordPages.tsx'), 'NewBoardMemberPage');
export const PlacePage = page(() => import('./pages/place/PlacePage.tsx'), 'PlacePage');
export const SchoolPage = page(() => import('./pages/school/SchoolPage.tsx'), 'SchoolPage');
export const SchoolsPage = page(() => import('./pages/schools/SchoolsPage.tsx'), 'SchoolsPage');
export const SignInPage = page(() => import('./pages/sign-in/SignInPage.tsx'), 'SignInPage');
export const ToolkitPage = page(() => import('./pages/toolkit/ToolkitPage.tsx'), 'ToolkitPage');
export const UsersPage = page(() => import('./pages/users/UsersPage.tsx'), 'UsersPage');
export const MapPage = page(() => import('./pages/map/MapPage.tsx'), 'MapPage');
export const SchoolHolidayPage = page(() => import('./pages/holiday/SchoolHolidayPage.tsx'), 'SchoolHolidayPage');
export const NewUserPage = page(() => import('./pages/users/NewUserPage.tsx'), 'NewUserPage');
export const EditUserPage = page(() => import('./pages/users/EditUserPage.tsx'), 'EditUserPage');
