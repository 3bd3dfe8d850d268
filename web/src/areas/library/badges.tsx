import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LibraryKind, LibraryScope } from './queries';

const KIND_COLOUR = { checklist: 'vaksam', faq: 'teal', advice: 'grape' } as const;

/** The kind of an entry and, when it is not for everyone, who may read it. */
export function EntryBadges({ kind, scope }: { kind: LibraryKind; scope: LibraryScope }) {
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
      {scope === 'personal' ? (
        <Badge color="gray" variant="outline" tt="none">
          {t('library.scopeBadge.personal')}
        </Badge>
      ) : null}
    </Group>
  );
}
