import { Navigate } from 'react-router';
import { PageLoader } from '../../ui/PageLoader';
import { useMe } from '../accounts/session';
import { OrgListPage } from '../orgs/OrgListPage';
import { Welcome } from './Welcome';

export function HomePage() {
  const { data: me, isPending } = useMe();
  if (isPending) return <PageLoader />;
  if (me?.mfaEnrolmentRequired) return <Navigate to="/mfa-setup" replace />;
  return me ? <OrgListPage /> : <Welcome />;
}
