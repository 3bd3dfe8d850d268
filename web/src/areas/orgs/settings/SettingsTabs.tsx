import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Org } from '../../../api/types';

/** The settings sections as links (each is its own address), styled as tabs. */
export function SettingsTabs({ org }: { org: Org }) {
  const { t } = useTranslation();
  const base = `/o/${org.id}/settings`;
  const tabs = [
    { to: base, label: t('settings.tabs.general'), end: true, show: true },
    {
      to: `${base}/members`,
      label: t('settings.tabs.members'),
      end: false,
      show: org.abilities.manageMembers,
    },
    {
      to: `${base}/join-requests`,
      label: t('settings.tabs.joinRequests'),
      end: false,
      show: org.abilities.manageMembers,
    },
    { to: `${base}/invites`, label: t('settings.tabs.invites'), end: false, show: org.abilities.invite },
    { to: `${base}/units`, label: t('settings.tabs.units'), end: false, show: true },
    // The register belongs to the organisation's members; platform staff do not see it.
    { to: `${base}/cameras`, label: t('cameras.tabLabel'), end: false, show: Boolean(org.myRole) },
  ];

  return (
    <nav aria-label={t('settings.tabsLabel')} className="settings-tabs">
      {tabs
        .filter((tab) => tab.show)
        .map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className="settings-tab">
            {tab.label}
          </NavLink>
        ))}
    </nav>
  );
}
