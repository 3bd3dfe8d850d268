import type { GroupRole } from '@vaksam/domain/groups';
import { type Actor, isPlatformStaff } from '../../platform/policy';

/** The reader's place in one group, as stored; null when they are not in it. */
export type GroupSeat = { role: GroupRole; crisisAdmin: boolean; bannedAt: Date | null } | null;
export type GroupAccess = { openForApplications: boolean; archivedAt: Date | null; seat: GroupSeat };

const isMember = (seat: GroupSeat) => seat !== null && seat.bannedAt === null;
const isAdmin = (seat: GroupSeat) => isMember(seat) && seat?.role === 'admin';

/**
 * A closed group does not exist for anyone outside it, and a banned member is outside it. An open group's
 * profile is visible to every signed-in user so that they can apply; its content is members only.
 */
export const groupPolicy = {
  viewProfile: (group: GroupAccess) => {
    const canSee = isMember(group.seat) || (group.openForApplications && group.archivedAt === null);
    return { canSee, allowed: canSee };
  },
  readContent: (group: GroupAccess) => ({ canSee: isMember(group.seat), allowed: isMember(group.seat) }),
  /** Settings, members, applications and invites: the group's admins. Members see the group and are refused. */
  administer: (group: GroupAccess) => ({ canSee: isMember(group.seat), allowed: isAdmin(group.seat) }),
  apply: (group: GroupAccess) => {
    const canSee = group.openForApplications && group.archivedAt === null && group.seat?.bannedAt == null;
    return { canSee, allowed: canSee };
  },
  /** GRP-2: verified members of the trade federation, platform staff, and those granted the right. */
  create: (actor: Actor, granted: boolean) => ({
    canSee: true,
    allowed: actor.federationMember || isPlatformStaff(actor) || granted,
  }),
  /**
   * ACC-5: a crisis admin of an active group reads the crisis profile of one of its members. To anyone else —
   * its other admins and members, platform staff — the profile does not exist, nor whether the person is seated.
   */
  readCrisisProfile: (group: GroupAccess, subjectSeated: boolean) => {
    const canSee =
      isMember(group.seat) && group.seat?.crisisAdmin === true && group.archivedAt === null && subjectSeated;
    return { canSee, allowed: canSee };
  },
  /** Analysts decide who else may create groups. */
  reviewCreators: (actor: Actor) => ({ canSee: isPlatformStaff(actor), allowed: isPlatformStaff(actor) }),
};

export const groupSeatIsAdmin = isAdmin;
