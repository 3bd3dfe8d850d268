import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LibraryGroup, LibraryKind, LibraryScope } from './queries';

const KIND_COLOUR = {
  checklist: 'vaksam',
  faq: 'teal',
  advice: 'grape',
  routine: 'indigo',
  contacts: 'cyan',
} as const;

/**
 * The kind of an entry and, when it is not for everyone, who may read it: a group entry names its group
 * (left out where the group is already the page's subject).
 */
export function EntryBadges({
  kind,
  scope,
  group = null,
  withGroup = true,
}: {
  kind: LibraryKind;
  scope: LibraryScope;
  group?: LibraryGroup | null;
  withGroup?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge color={KIND_COLOUR[kind]} variant="light" tt="none">
        {t(`library.kind.${kind}`)}
      </Badge>
      {scope === 'members' ? (
        <Badge color="orange" variant="outline" tt="none">
          {t('library.scopeBadge.members')}
        </Badge>
      ) : null}
      {scope === 'group' && group && withGroup ? (
        <Badge color="blue" variant="outline" tt="none" maw="100%" title={group.name}>
          {t('library.scopeBadge.group', { name: group.name })}
        </Badge>
      ) : null}
      {scope === 'personal' ? (
        <Badge color="gray" variant="outline" tt="none">
          {t('library.scopeBadge.personal')}
        </Badge>
      ) : null}
    </Group>
  );
}
