import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { type Feedback, type FeedWarning, useGiveFeedback } from './queries';

const ANSWERS: Feedback[] = ['useful', 'not_useful'];

/** WARN-3: the authors learn whether a warning helped; the answer can be changed. */
export function FeedbackQuestion({ warning }: { warning: FeedWarning }) {
  const { t } = useTranslation();
  const give = useGiveFeedback(warning.id);
  const chosen = give.isPending ? give.variables : warning.feedback;
  return (
    <Stack component="section" gap="sm" aria-labelledby="warning-feedback-heading">
      <Title order={2} id="warning-feedback-heading">
        {t('warnings.feedback.title')}
      </Title>
      <Group gap="sm">
        {ANSWERS.map((answer) => (
          <Button
            key={answer}
            variant={chosen === answer ? 'filled' : 'default'}
            aria-pressed={chosen === answer}
            loading={give.isPending && give.variables === answer}
            onClick={() => give.mutate(answer)}
          >
            {t(`warnings.feedback.${answer}`)}
          </Button>
        ))}
      </Group>
      <div aria-live="polite">
        {warning.feedback && !give.isPending ? (
          <Text size="sm" c="dimmed">
            {t('warnings.feedback.answered', { answer: t(`warnings.feedback.${warning.feedback}`) })}
          </Text>
        ) : null}
      </div>
      <FormError message={give.isError ? errorMessage(give.error, t) : null} />
    </Stack>
  );
}
