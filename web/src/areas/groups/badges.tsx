import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupBadge, Group as GroupData, GroupRole } from './queries';

const KIND_COLOUR = { local: 'vaksam', company: 'teal', unit: 'grape', event: 'orange' } as const;

/** What kind of group it is, where, and the reader's place in it. */
export function GroupBadges({ group }: { group: GroupData }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge color={KIND_COLOUR[group.kind]} variant="light" tt="none">
        {t(`groups.kind.${group.kind}`)}
      </Badge>
      {group.kommun ? (
        <Badge color="gray" variant="light" tt="none">
          {group.kommun.name}
        </Badge>
      ) : null}
      {group.archivedAt ? (
        <Badge color="gray" variant="filled" tt="none">
          {t('groups.archived')}
        </Badge>
      ) : null}
      {group.membership ? <RoleBadge role={group.membership.role} /> : null}
      {!group.membership && group.applicationPending ? (
        <Badge color="orange" variant="light" tt="none">
          {t('groups.apply.sentBadge')}
        </Badge>
      ) : null}
    </Group>
  );
}

export function RoleBadge({ role }: { role: GroupRole }) {
  const { t } = useTranslation();
  return (
    <Badge color={role === 'admin' ? 'vaksam' : 'gray'} variant="outline" tt="none">
      {t(`groups.role.${role}`)}
    </Badge>
  );
}

/** GRP-7: the role a member carries beside their name, e.g. the kommun's crime prevention officer. */
export function MemberBadge({ badge }: { badge: GroupBadge | null }) {
  const { t } = useTranslation();
  if (!badge) return null;
  return (
    <Badge color="indigo" variant="light" tt="none" style={{ maxWidth: '100%' }}>
      {t(`groups.badge.${badge}`)}
    </Badge>
  );
}
