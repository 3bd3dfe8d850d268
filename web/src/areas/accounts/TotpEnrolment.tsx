import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { LoadError } from '../../ui/LoadError';
import { PageLoader } from '../../ui/PageLoader';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpConfirmForm } from './TotpConfirmForm';
import { TotpSecret } from './TotpSecret';

/** Setup → confirm with a code → show the recovery codes once. Starts the setup when shown. */
export function TotpEnrolment({ onDone }: { onDone: () => void }) {
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const started = useRef(false);
  const setup = useMutation({ mutationFn: () => unwrap(api.POST('/auth/totp/setup')) });
  const { mutate } = setup;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={onDone} />;
  if (setup.isError) return <LoadError error={setup.error} onRetry={() => mutate()} />;
  if (!setup.data) return <PageLoader />;

  return (
    <>
      <TotpSecret secret={setup.data.secret} otpauthUrl={setup.data.otpauthUrl} />
      <TotpConfirmForm onEnabled={setRecoveryCodes} />
    </>
  );
}
