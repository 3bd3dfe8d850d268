import type { Group } from '@vaksam/domain/groups';
import { findMunicipality } from '@vaksam/domain/taxonomy/geo';
import type { GroupAccess } from './policy';
import type { GroupSeatRow, GroupView } from './queries';

export function accessOf(view: GroupSeatRow): GroupAccess {
  return {
    openForApplications: view.group.openForApplications,
    archivedAt: view.group.archivedAt,
    seat:
      view.seatRole === null
        ? null
        : { role: view.seatRole, crisisAdmin: view.seatCrisisAdmin ?? false, bannedAt: view.seatBannedAt },
  };
}

export function presentGroup(view: GroupView): Group {
  const { group } = view;
  const kommun = group.kommunCode ? findMunicipality(group.kommunCode) : undefined;
  const member = view.seatRole !== null && view.seatBannedAt === null;
  return {
    id: group.id,
    name: group.name,
    kind: group.kind,
    description: group.description,
    kommun: kommun ? { code: kommun.code, name: kommun.name } : null,
    area: group.area,
    openForApplications: group.openForApplications,
    endsOn: group.endsOn,
    archivedAt: group.archivedAt?.toISOString() ?? null,
    settings: {
      membersMayShareIncidents: group.membersMayShareIncidents,
      membersMayPost: group.membersMayPost,
      moderation: group.moderation,
    },
    memberCount: view.memberCount,
    membership:
      member && view.seatRole
        ? { role: view.seatRole, crisisAdmin: view.seatCrisisAdmin ?? false, badge: view.seatBadge ?? null }
        : null,
    applicationPending: Boolean(view.applicationPending),
    createdAt: group.createdAt.toISOString(),
  };
}
