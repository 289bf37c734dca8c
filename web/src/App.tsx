import { useEffect } from 'react';
import { Layout } from './components/Layout.tsx';
import { AreaPage } from './pages/area/AreaPage.tsx';
import { BoardPage } from './pages/area-board/BoardPage.tsx';
import { AuditPage } from './pages/audit/AuditPage.tsx';
import { FundingPage } from './pages/funding/FundingPage.tsx';
import { HomePage } from './pages/home/HomePage.tsx';
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx';
import { SignInPage } from './pages/sign-in/SignInPage.tsx';
import { UsersPage } from './pages/users/UsersPage.tsx';
import { interceptLinkClicks } from './router/intercept-link-clicks.ts';
import { matchRoute, type Route } from './router/match-route.ts';
import { usePathname } from './router/navigation.ts';
import { SessionProvider } from './session/SessionProvider.tsx';

export function App() {
  const pathname = usePathname();
  useEffect(() => interceptLinkClicks(document), []);
  return (
    <SessionProvider>
      <Layout pathname={pathname}>
        <Page route={matchRoute(pathname)} />
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
    case 'funding':
      return <FundingPage />;
    case 'sign-in':
      return <SignInPage />;
    case 'audit':
      return <AuditPage />;
    case 'users':
      return <UsersPage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}
