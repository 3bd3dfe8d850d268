import { Group, MultiSelect, NumberInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import { type Answers, isShown } from '@vaksam/domain/incidents/form';
import { useTranslation } from 'react-i18next';
import { type IncidentType, type Question, questions, useLang } from './labels';

interface DetailedQuestionsProps {
  type: IncidentType;
  answers: Answers;
  errors: Record<string, unknown>;
  onChange: (id: string, value: unknown) => void;
}

/** The detailed report, rendered from the form definition: each question by its kind, shown when it applies. */
export function DetailedQuestions({ type, answers, errors, onChange }: DetailedQuestionsProps) {
  const lang = useLang();
  return (
    <Stack gap="md">
      {questions
        .filter((question) => isShown(question, { type }, answers))
        .map((question) => (
          <QuestionInput
            key={question.id}
            question={question}
            value={answers[question.id]}
            error={errors[`answers.${question.id}`] as string | undefined}
            lang={lang}
            onChange={(value) => onChange(question.id, value)}
          />
        ))}
    </Stack>
  );
}

interface QuestionInputProps {
  question: Question;
  value: unknown;
  error?: string;
  lang: 'sv' | 'en';
  onChange: (value: unknown) => void;
}

function QuestionInput({ question, value, error, lang, onChange }: QuestionInputProps) {
  const { t } = useTranslation();
  const label = question.label[lang];
  const description = question.help?.[lang];
  const common = { label, description, error, required: question.required };
  switch (question.kind) {
    case 'text':
      return (
        <TextInput
          {...common}
          maxLength={question.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'money':
    case 'count':
      return (
        <NumberInput
          {...common}
          min={0}
          max={question.max}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={question.kind === 'money' ? ' ' : undefined}
          suffix={question.kind === 'money' ? ' kr' : undefined}
          inputMode="numeric"
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        />
      );
    case 'boolean':
      return (
        <Radio.Group
          {...common}
          size="md"
          value={value === true ? 'yes' : value === false ? 'no' : null}
          onChange={(next) => onChange(next === 'yes')}
        >
          <Group gap="lg" mt={6}>
            <Radio value="yes" label={t('common.yes')} size="md" />
            <Radio value="no" label={t('common.no')} size="md" />
          </Group>
        </Radio.Group>
      );
    case 'select':
      return (
        <Select
          {...common}
          clearable
          data={question.options.map((o) => ({ value: o.code, label: o.label[lang] }))}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => onChange(next)}
          comboboxProps={{ withinPortal: false }}
        />
      );
    case 'multiselect':
      return (
        <MultiSelect
          {...common}
          size="md"
          searchable
          hidePickedOptions
          data={question.options.map((o) => ({ value: o.code, label: o.label[lang] }))}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(next) => onChange(next)}
          comboboxProps={{ withinPortal: false }}
        />
      );
  }
}
