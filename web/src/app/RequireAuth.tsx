import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../areas/accounts/session';
import { LoadError } from '../ui/LoadError';
import { PageLoader } from '../ui/PageLoader';

interface RequireAuthProps {
  /** The enrolment page itself must stay reachable while enrolment is required. */
  forEnrolment?: boolean;
}

/** Lets signed-in users through; others go to the login page and come back afterwards. */
export function RequireAuth({ forEnrolment = false }: RequireAuthProps) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();

  if (isPending) return <PageLoader />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (me.mfaEnrolmentRequired && !forEnrolment) return <Navigate to="/mfa-setup" replace />;
  return <Outlet />;
}
