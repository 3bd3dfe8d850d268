import type { MeResponse } from '@vaksam/domain/accounts';
import { formatOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import { type LoadedSession, mfaRequired } from '../../platform/auth/sessions';

export function presentMe(session: LoadedSession): MeResponse {
  return {
    user: session.user,
    csrfToken: session.csrfToken,
    mfaEnrolmentRequired: !session.user.totpEnabled && mfaRequired(session),
    memberships: session.memberships.map(({ orgId, orgName, orgNumber, role }) => ({
      orgId,
      orgName,
      orgNumber: formatOrgNumber(orgNumber),
      role,
    })),
  };
}
