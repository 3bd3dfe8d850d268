import { AppShell } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { OutboxBanner } from '../areas/incidents/outbox/OutboxBanner';
import { PageLoader } from '../ui/PageLoader';
import { ApiEventBridge } from './ApiEventBridge';
import { Header } from './Header';
import { MAIN_ID, SkipLink } from './SkipLink';

/** Moves focus to the main landmark after in-app navigation so screen readers start at the new page. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (pathname) mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
  return mainRef;
}

export function AppLayout() {
  const mainRef = useFocusMainOnNavigation();
  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <SkipLink />
      <ApiEventBridge />
      <AppShell.Header>
        <Header />
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app-main">
        <OutboxBanner />
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
