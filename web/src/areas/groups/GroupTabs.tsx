import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { type Group, useGroupApplications, useGroupFeed } from './queries';
import './groups.css';

/** The group's sections as links (each is its own address), styled as tabs. */
export function GroupTabs({ group, isAdmin }: { group: Group; isAdmin: boolean }) {
  const { t } = useTranslation();
  const base = `/groups/${group.id}`;
  const { pathname } = useLocation();
  const nav = useRef<HTMLElement>(null);
  // On a phone the strip scrolls sideways; the current tab must not be hidden off its edge.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the address changes.
  useEffect(() => {
    const strip = nav.current;
    const current = strip?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!strip || !current) return;
    // Only sideways: the page itself must keep its scroll position.
    const left = current.offsetLeft - strip.offsetLeft;
    if (left < strip.scrollLeft || left + current.offsetWidth > strip.scrollLeft + strip.clientWidth) {
      strip.scrollLeft = left - 16;
    }
  }, [pathname]);
  const tabs = [
    { to: base, label: t('groups.tabs.feed'), end: true },
    { to: `${base}/content`, label: t('groups.tabs.content'), end: false },
    { to: `${base}/incidents`, label: t('groups.tabs.incidents'), end: false },
    { to: `${base}/members`, label: t('groups.tabs.members'), end: false },
  ];
  return (
    <nav ref={nav} aria-label={t('groups.tabs.label')} className="settings-tabs group-tabs">
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} className="settings-tab">
          {tab.label}
        </NavLink>
      ))}
      {isAdmin ? <AdminTabs base={base} groupId={group.id} /> : null}
    </nav>
  );
}

/** A count after the label, "20+" when there are more pages; nothing while loading or when empty. */
function counted(label: string, page: { items: unknown[]; nextCursor: string | null } | undefined) {
  if (!page || page.items.length === 0) return label;
  return `${label} (${page.items.length}${page.nextCursor ? '+' : ''})`;
}

function AdminTabs({ base, groupId }: { base: string; groupId: string }) {
  const { t } = useTranslation();
  // The same first pages the tabs show, so opening a tab after this costs nothing.
  const pending = useGroupFeed(groupId, 'pending');
  const reported = useGroupFeed(groupId, 'reported');
  const applications = useGroupApplications(groupId);
  const tabs = [
    { to: `${base}/pending`, label: counted(t('groups.tabs.pending'), pending.data?.pages[0]) },
    { to: `${base}/reported`, label: counted(t('groups.tabs.reported'), reported.data?.pages[0]) },
    {
      to: `${base}/applications`,
      label: counted(t('groups.tabs.applications'), applications.data?.pages[0]),
    },
    { to: `${base}/invites`, label: t('groups.tabs.invites') },
    { to: `${base}/warnings`, label: t('groups.tabs.warnings') },
    { to: `${base}/settings`, label: t('groups.tabs.settings') },
  ];
  return tabs.map((tab) => (
    <NavLink key={tab.to} to={tab.to} className="settings-tab">
      {tab.label}
    </NavLink>
  ));
}
