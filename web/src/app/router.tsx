import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { ForgotPasswordPage } from '../areas/accounts/ForgotPasswordPage';
import { LoginPage } from '../areas/accounts/LoginPage';
import { ResetPasswordPage } from '../areas/accounts/ResetPasswordPage';
import { SignupPage } from '../areas/accounts/SignupPage';
import { VerifyEmailPage } from '../areas/accounts/VerifyEmailPage';
import { HomePage } from '../areas/home/HomePage';
import { InvitePage } from '../areas/orgs/InvitePage';
import { OrgListPage } from '../areas/orgs/OrgListPage';
import { AppLayout } from './AppLayout';
import { ErrorPage } from './ErrorPage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';

const ProfilePage = lazy(() =>
  import('../areas/accounts/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);
const MfaSetupPage = lazy(() =>
  import('../areas/accounts/MfaSetupPage').then((m) => ({ default: m.MfaSetupPage })),
);
const RegisterOrJoinPage = lazy(() =>
  import('../areas/orgs/RegisterOrJoinPage').then((m) => ({ default: m.RegisterOrJoinPage })),
);
const incidents = () => import('../areas/incidents/routes');
const ReportPage = lazy(() => incidents().then((m) => ({ default: m.ReportPage })));
const IncidentListPage = lazy(() => incidents().then((m) => ({ default: m.IncidentListPage })));
const IncidentPage = lazy(() => incidents().then((m) => ({ default: m.IncidentPage })));
const NotificationsPage = lazy(() =>
  import('../areas/notifications/routes').then((m) => ({ default: m.NotificationsPage })),
);
const settings = () => import('../areas/orgs/settings/routes');
const OrgSettingsLayout = lazy(() => settings().then((m) => ({ default: m.OrgSettingsLayout })));
const GeneralTab = lazy(() => settings().then((m) => ({ default: m.GeneralTab })));
const MembersTab = lazy(() => settings().then((m) => ({ default: m.MembersTab })));
const JoinRequestsTab = lazy(() => settings().then((m) => ({ default: m.JoinRequestsTab })));
const InvitesTab = lazy(() => settings().then((m) => ({ default: m.InvitesTab })));
const UnitsTab = lazy(() => settings().then((m) => ({ default: m.UnitsTab })));
const cameras = () => import('../areas/cameras/routes');
const CamerasTab = lazy(() => cameras().then((m) => ({ default: m.CamerasTab })));
const CameraPage = lazy(() => cameras().then((m) => ({ default: m.CameraPage })));
const CameraFormPage = lazy(() => cameras().then((m) => ({ default: m.CameraFormPage })));
const library = () => import('../areas/library/routes');
const LibraryPage = lazy(() => library().then((m) => ({ default: m.LibraryPage })));
const LibraryEntryPage = lazy(() => library().then((m) => ({ default: m.EntryPage })));
const NewLibraryEntryPage = lazy(() => library().then((m) => ({ default: m.NewEntryPage })));
const EditLibraryEntryPage = lazy(() => library().then((m) => ({ default: m.EditEntryPage })));
const groups = () => import('../areas/groups/routes');
const GroupsPage = lazy(() => groups().then((m) => ({ default: m.GroupsPage })));
const NewGroupPage = lazy(() => groups().then((m) => ({ default: m.NewGroupPage })));
const GroupLayout = lazy(() => groups().then((m) => ({ default: m.GroupLayout })));
const GroupFeedTab = lazy(() => groups().then((m) => ({ default: m.FeedTab })));
const GroupThreadView = lazy(() => groups().then((m) => ({ default: m.ThreadView })));
const GroupModerationTab = lazy(() => groups().then((m) => ({ default: m.ModerationTab })));
const GroupContentTab = lazy(() => groups().then((m) => ({ default: m.ContentTab })));
const GroupMembersTab = lazy(() => groups().then((m) => ({ default: m.MembersTab })));
const GroupIncidentsTab = lazy(() => groups().then((m) => ({ default: m.IncidentsTab })));
const GroupApplicationsTab = lazy(() => groups().then((m) => ({ default: m.ApplicationsTab })));
const GroupInvitesTab = lazy(() => groups().then((m) => ({ default: m.InvitesTab })));
const GroupSettingsTab = lazy(() => groups().then((m) => ({ default: m.SettingsTab })));
const GroupInvitePage = lazy(() => groups().then((m) => ({ default: m.GroupInvitePage })));
const GroupCreatorsPage = lazy(() => groups().then((m) => ({ default: m.GroupCreatorsPage })));
const MembershipsPage = lazy(() =>
  import('../areas/memberships/routes').then((m) => ({ default: m.MembershipsPage })),
);
const fraud = () => import('../areas/fraud/routes');
const FraudListPage = lazy(() => fraud().then((m) => ({ default: m.FraudListPage })));
const FraudEntryPage = lazy(() => fraud().then((m) => ({ default: m.FraudEntryPage })));
const FraudCriteriaPage = lazy(() => fraud().then((m) => ({ default: m.CriteriaPage })));
const FraudTopListPage = lazy(() => fraud().then((m) => ({ default: m.TopListPage })));
const FraudAdvicePage = lazy(() => fraud().then((m) => ({ default: m.AdvicePage })));
const NewFraudEntryPage = lazy(() => fraud().then((m) => ({ default: m.NewFraudEntryPage })));
const EditFraudEntryPage = lazy(() => fraud().then((m) => ({ default: m.EditFraudEntryPage })));
const fraudReports = () => import('../areas/fraud/reports/routes');
const ReportInvoicePage = lazy(() => fraudReports().then((m) => ({ default: m.ReportInvoicePage })));
const MyFraudReportsPage = lazy(() => fraudReports().then((m) => ({ default: m.MyReportsPage })));
const MyFraudReportPage = lazy(() => fraudReports().then((m) => ({ default: m.MyReportPage })));
const FraudReviewQueuePage = lazy(() => fraudReports().then((m) => ({ default: m.ReviewQueuePage })));
const FraudReviewReportPage = lazy(() => fraudReports().then((m) => ({ default: m.ReviewReportPage })));
const warnings = () => import('../areas/warnings/routes');
const WarningsPage = lazy(() => warnings().then((m) => ({ default: m.WarningsPage })));
const WarningPage = lazy(() => warnings().then((m) => ({ default: m.WarningPage })));
const AdminWarningsPage = lazy(() => warnings().then((m) => ({ default: m.AdminWarningsPage })));
const NewPlatformWarningPage = lazy(() => warnings().then((m) => ({ default: m.NewPlatformWarningPage })));
const EditPlatformWarningPage = lazy(() => warnings().then((m) => ({ default: m.EditPlatformWarningPage })));
const GroupWarningsTab = lazy(() => warnings().then((m) => ({ default: m.GroupWarningsTab })));
const NewGroupWarningTab = lazy(() => warnings().then((m) => ({ default: m.NewGroupWarningTab })));
const EditGroupWarningTab = lazy(() => warnings().then((m) => ({ default: m.EditGroupWarningTab })));
const UnitFormPage = lazy(() =>
  import('../areas/orgs/settings/UnitFormPage').then((m) => ({ default: m.UnitFormPage })),
);

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: (
      <main>
        <ErrorPage />
      </main>
    ),
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'signup', element: <SignupPage /> },
          { path: 'verify', element: <VerifyEmailPage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invite/:token', element: <InvitePage /> },
          { path: 'group-invite/:token', element: <GroupInvitePage /> },
          // FRAUD-1: Varningslistan is public; only keeping it needs a login.
          { path: 'fraud-list', element: <FraudListPage /> },
          { path: 'fraud-list/criteria', element: <FraudCriteriaPage /> },
          { path: 'fraud-list/top', element: <FraudTopListPage /> },
          { path: 'fraud-list/advice', element: <FraudAdvicePage /> },
          { path: 'fraud-list/:id', element: <FraudEntryPage /> },
          {
            element: <RequireAuth forEnrolment />,
            children: [{ path: 'mfa-setup', element: <MfaSetupPage /> }],
          },
          {
            element: <RequireAuth />,
            children: [
              { path: 'profile', element: <ProfilePage /> },
              { path: 'orgs', element: <OrgListPage /> },
              { path: 'orgs/new', element: <RegisterOrJoinPage /> },
              { path: 'report', element: <ReportPage /> },
              { path: 'incidents', element: <IncidentListPage /> },
              { path: 'incidents/:id', element: <IncidentPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'fraud-reports', element: <MyFraudReportsPage /> },
              { path: 'fraud-reports/new', element: <ReportInvoicePage /> },
              { path: 'fraud-reports/:id', element: <MyFraudReportPage /> },
              { path: 'warnings', element: <WarningsPage /> },
              { path: 'warnings/:id', element: <WarningPage /> },
              { path: 'library', element: <LibraryPage /> },
              { path: 'library/new', element: <NewLibraryEntryPage /> },
              { path: 'library/:id', element: <LibraryEntryPage /> },
              { path: 'library/:id/edit', element: <EditLibraryEntryPage /> },
              { path: 'groups', element: <GroupsPage /> },
              { path: 'groups/new', element: <NewGroupPage /> },
              {
                path: 'groups/:groupId',
                element: <GroupLayout />,
                children: [
                  { index: true, element: <GroupFeedTab /> },
                  { path: 'posts/:postId', element: <GroupThreadView /> },
                  { path: 'pending', element: <GroupModerationTab view="pending" /> },
                  { path: 'reported', element: <GroupModerationTab view="reported" /> },
                  { path: 'incidents', element: <GroupIncidentsTab /> },
                  { path: 'content', element: <GroupContentTab /> },
                  { path: 'members', element: <GroupMembersTab /> },
                  { path: 'applications', element: <GroupApplicationsTab /> },
                  { path: 'invites', element: <GroupInvitesTab /> },
                  { path: 'settings', element: <GroupSettingsTab /> },
                  { path: 'warnings', element: <GroupWarningsTab /> },
                  { path: 'warnings/new', element: <NewGroupWarningTab /> },
                  { path: 'warnings/:warningId/edit', element: <EditGroupWarningTab /> },
                ],
              },
              { path: 'admin/memberships', element: <MembershipsPage /> },
              { path: 'admin/group-creators', element: <GroupCreatorsPage /> },
              { path: 'admin/fraud-reports', element: <FraudReviewQueuePage /> },
              { path: 'admin/fraud-reports/:id', element: <FraudReviewReportPage /> },
              { path: 'admin/fraud-list/new', element: <NewFraudEntryPage /> },
              { path: 'admin/fraud-list/:id/edit', element: <EditFraudEntryPage /> },
              { path: 'admin/warnings', element: <AdminWarningsPage /> },
              { path: 'admin/warnings/new', element: <NewPlatformWarningPage /> },
              { path: 'admin/warnings/:id/edit', element: <EditPlatformWarningPage /> },
              {
                path: 'o/:orgId/settings',
                element: <OrgSettingsLayout />,
                children: [
                  { index: true, element: <GeneralTab /> },
                  { path: 'members', element: <MembersTab /> },
                  { path: 'join-requests', element: <JoinRequestsTab /> },
                  { path: 'invites', element: <InvitesTab /> },
                  { path: 'units', element: <UnitsTab /> },
                  { path: 'units/new', element: <UnitFormPage /> },
                  { path: 'units/:unitId', element: <UnitFormPage /> },
                  { path: 'cameras', element: <CamerasTab /> },
                  { path: 'cameras/new', element: <CameraFormPage /> },
                  { path: 'cameras/:cameraId', element: <CameraPage /> },
                  { path: 'cameras/:cameraId/edit', element: <CameraFormPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
