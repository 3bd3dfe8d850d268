import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgLookup } from '../../api/types';
import { Page } from '../../ui/Page';
import { JoinOrgForm } from './JoinOrgForm';
import { OrgLookupForm } from './OrgLookupForm';
import { RegisterOrgForm } from './RegisterOrgForm';

/** Type an organisationsnummer; then either ask to join the registered organisation or register it. */
export function RegisterOrJoinPage() {
  const { t } = useTranslation();
  const [lookup, setLookup] = useState<OrgLookup | null>(null);

  return (
    <Page title={t('registerOrJoin.title')} description={t('registerOrJoin.description')}>
      <Stack gap="lg">
        <OrgLookupForm onFound={setLookup} onChanged={() => setLookup(null)} />
        {lookup?.registered ? <JoinOrgForm key={lookup.orgNumber} lookup={lookup} /> : null}
        {lookup && !lookup.registered ? <RegisterOrgForm key={lookup.orgNumber} lookup={lookup} /> : null}
      </Stack>
    </Page>
  );
}
