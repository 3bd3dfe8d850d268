import { Alert, Button, List, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { type CrisisReadReason, READ_REASONS, readMemberProfile } from './queries';
import '../../ui/facts.css';

/**
 * ACC-5 for a group's crisis admins: a member's crisis profile opens only after the admin says why, and the
 * member sees that read on their profile page.
 */
export function MemberCrisisProfile({
  groupId,
  userId,
  name,
}: {
  groupId: string;
  userId: string;
  name: string;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState<CrisisReadReason>('reach_person');
  const read = useMutation({ mutationFn: () => readMemberProfile(groupId, userId, reason) });
  const close = () => {
    setOpened(false);
    read.reset();
  };
  const profile = read.data?.profile;

  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t('crisis.member.openNamed', { name })}
        style={{ flex: 'none' }}
      >
        {t('crisis.member.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('crisis.member.title', { name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {profile ? (
          <Stack gap="sm">
            {!profile.updatedAt ? <Text c="dimmed">{t('crisis.member.empty')}</Text> : null}
            <dl className="facts">
              {read.data?.user.phone ? (
                <div>
                  <dt>{t('crisis.member.phone')}</dt>
                  <dd>
                    <PhoneLink phone={read.data.user.phone} />
                  </dd>
                </div>
              ) : null}
              {profile.alternativePhone ? (
                <div>
                  <dt>{t('crisis.profile.alternativePhone')}</dt>
                  <dd>
                    <PhoneLink phone={profile.alternativePhone} />
                  </dd>
                </div>
              ) : null}
              {profile.personnummer ? (
                <div>
                  <dt>{t('crisis.profile.personnummer')}</dt>
                  <dd>{profile.personnummer}</dd>
                </div>
              ) : null}
              {profile.address ? (
                <div>
                  <dt>{t('crisis.profile.address')}</dt>
                  <dd style={{ whiteSpace: 'pre-wrap' }}>{profile.address}</dd>
                </div>
              ) : null}
            </dl>
            {profile.nextOfKin.length > 0 ? (
              <Stack gap={4}>
                <Text fw={600}>{t('crisis.profile.nextOfKin')}</Text>
                <List size="sm" spacing={4}>
                  {profile.nextOfKin.map((kin) => (
                    <List.Item key={`${kin.name}-${kin.phone}`}>
                      {kin.name} ({kin.relation}): <PhoneLink phone={kin.phone} />
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ) : null}
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
          </Stack>
        ) : (
          <Stack gap="sm">
            <Alert color="gray" variant="light">
              {t('crisis.member.logged', { name })}
            </Alert>
            <NativeSelect
              label={t('crisis.member.reason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value as CrisisReadReason)}
              data={READ_REASONS.map((value) => ({ value, label: t(`crisis.reason.${value}`) }))}
            />
            {read.isError ? <FormError message={errorMessage(read.error, t)} /> : null}
            <Button onClick={() => read.mutate()} loading={read.isPending}>
              {t('crisis.member.show')}
            </Button>
          </Stack>
        )}
      </Modal>
    </>
  );
}

/** A number to call straight from the phone the admin holds. */
function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>;
}
