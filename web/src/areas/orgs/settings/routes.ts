export { GeneralTab } from './GeneralTab';
export { InvitesTab } from './InvitesTab';
export { JoinRequestsTab } from './JoinRequestsTab';
export { MembersTab } from './MembersTab';
export { OrgSettingsLayout } from './OrgSettingsLayout';
export { UnitsTab } from './UnitsTab';
