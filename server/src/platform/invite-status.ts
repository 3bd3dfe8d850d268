/** Where an e-mailed invitation stands; organisation and group invites keep the same three timestamps. */
export function inviteStatus(
  invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
) {
  if (invite.acceptedAt) return 'accepted' as const;
  if (invite.revokedAt) return 'revoked' as const;
  if (invite.expiresAt <= now) return 'expired' as const;
  return 'pending' as const;
}
