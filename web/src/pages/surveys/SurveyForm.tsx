import {
  Button,
  Group,
  Select,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { LIMITS } from '../../../../src/core/enums.ts';
import {
  DEFAULT_FOLLOW_UP,
  DEFAULT_THANK_YOU,
  SURVEY_WORDING,
  defaultQuestion,
} from '../../../../src/modules/surveys/wording.ts';
import { api, unwrap } from '../../api/client';
import { nameOf, optionsOf, usePersonas, useProducts } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { useUnsavedChanges } from '../../components/FormModal';
import { ErrorNote } from '../../components/States';
import { call, type Survey, type SurveyInput, type SurveyKind } from './api';
import { KIND_HINT, KIND_LABEL } from './labels';

type Values = {
  name: string;
  kind: SurveyKind;
  productId: string | null;
  launchId: string | null;
  personaId: string | null;
  question: string;
  followUp: string;
  thankYou: string;
  requireToken: boolean;
};

const KINDS = (Object.keys(KIND_LABEL) as SurveyKind[]).map((k) => ({ value: k, label: KIND_LABEL[k] }));

/**
 * A survey's setup: kind, product (optionally a launch or persona), the question with a sensible default per
 * kind (it follows the kind and product until someone edits it), the follow-up and the thank-you. Kind and
 * product are fixed once the survey has answers (the server refuses a change; the form says so first).
 */
export function SurveyForm({
  survey,
  onDone,
  onCancel,
}: {
  survey?: Survey;
  onDone: (saved: Survey) => void;
  onCancel: () => void;
}) {
  const ws = useWorkspace();
  const products = useProducts();
  const personas = usePersonas();
  const answered = (survey?.answers ?? 0) > 0;
  const form = useForm<Values>({
    initialValues: {
      name: survey?.name ?? '',
      kind: survey?.kind ?? 'nps',
      productId: survey?.productId ?? null,
      launchId: survey?.launchId ?? null,
      personaId: survey?.personaId ?? null,
      question: survey?.question ?? defaultQuestion('nps'),
      followUp: survey?.followUp ?? SURVEY_WORDING.nps.followUp,
      thankYou: survey?.thankYou ?? '',
      requireToken: survey?.requireToken ?? false,
    },
    validate: {
      productId: (v) => (v ? null : 'Choose the product this survey is about'),
      question: (v) => (v.trim() ? null : 'Write the question people answer'),
    },
  });
  useUnsavedChanges(form.isDirty());
  const v = form.getValues();
  const launches = useQuery({
    queryKey: ['launches', ws.id, { productId: v.productId }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/launches', {
          params: { path: { workspaceId: ws.id }, query: { productId: v.productId!, limit: 200 } },
        }),
      ),
    enabled: Boolean(v.productId),
  });

  /** Kind or product changed: a question or follow-up nobody edited follows them. */
  const retarget = (kind: SurveyKind, productId: string | null) => {
    const before = form.getValues();
    const name = (id: string | null) => (id ? nameOf(products.data, id, '') : '');
    if (before.question === defaultQuestion(before.kind, name(before.productId)))
      form.setFieldValue('question', defaultQuestion(kind, name(productId)));
    if (before.followUp === SURVEY_WORDING[before.kind].followUp)
      form.setFieldValue('followUp', SURVEY_WORDING[kind].followUp);
  };

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body: SurveyInput = {
        ...(values.name.trim() ? { name: values.name.trim() } : {}),
        kind: values.kind,
        productId: values.productId!,
        launchId: values.launchId,
        personaId: values.personaId,
        question: values.question.trim(),
        followUp: values.followUp.trim(),
        thankYou: values.thankYou.trim(),
        requireToken: values.requireToken,
      };
      if (!survey)
        return call<Survey>('POST', '/surveys', { params: { path: { workspaceId: ws.id } }, body });
      const { kind, productId, ...changes } = body;
      return call<Survey>('PATCH', '/surveys/{id}', {
        params: { path: { workspaceId: ws.id, id: survey.id } },
        body: { ...changes, ...(answered ? {} : { kind, productId }), version: survey.version },
      });
    },
    meta: {
      inline: true,
      success: survey ? 'Survey saved' : 'Survey created',
      ...(survey ? { conflict: { workspaceId: ws.id, entityType: 'survey', entityId: survey.id } } : {}),
    },
    onSuccess: (saved) => {
      form.resetDirty();
      onDone(saved);
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="survey-kind-label">
            Kind
          </Text>
          <SegmentedControl
            aria-labelledby="survey-kind-label"
            data={KINDS}
            disabled={answered}
            {...form.getInputProps('kind')}
            onChange={(kind) => {
              retarget(kind as SurveyKind, form.getValues().productId);
              form.setFieldValue('kind', kind as SurveyKind);
            }}
          />
          <Text size="xs" c="dimmed">
            {answered ? 'Kind and product are fixed once a survey has answers.' : KIND_HINT[v.kind]}
          </Text>
        </Stack>
        <Select
          label="Product"
          required
          searchable
          disabled={answered}
          data={optionsOf(products.data)}
          {...form.getInputProps('productId')}
          onChange={(productId) => {
            retarget(form.getValues().kind, productId);
            form.setFieldValue('productId', productId);
            form.setFieldValue('launchId', null);
          }}
        />
        <Group grow align="flex-start">
          <Select
            label="Launch"
            description="Optional: answers count for this launch"
            clearable
            searchable
            disabled={!v.productId}
            data={optionsOf(launches.data)}
            {...form.getInputProps('launchId')}
          />
          <Select
            label="Persona"
            description="Optional: who is asked"
            clearable
            searchable
            data={optionsOf(personas.data)}
            {...form.getInputProps('personaId')}
          />
        </Group>
        <Textarea
          label="Question"
          required
          autosize
          minRows={2}
          maxLength={LIMITS.shortText}
          {...form.getInputProps('question')}
        />
        {v.kind !== 'open' && (
          <TextInput
            label="Follow-up question"
            description="Asked after the score; answers with a comment become feedback in the inbox"
            placeholder={DEFAULT_FOLLOW_UP}
            maxLength={LIMITS.shortText}
            {...form.getInputProps('followUp')}
          />
        )}
        <TextInput
          label="Thank-you message"
          placeholder={DEFAULT_THANK_YOU}
          maxLength={LIMITS.shortText}
          {...form.getInputProps('thankYou')}
        />
        <TextInput
          label="Name"
          description="Shown in Tandem only; the question when left empty"
          maxLength={LIMITS.name}
          {...form.getInputProps('name')}
        />
        <Switch
          label="Only people with a personal link may answer"
          description="Each personal link takes one answer and ties it to the contact and customer"
          {...form.getInputProps('requireToken', { type: 'checkbox' })}
        />
        <ErrorNote error={save.error} title="Could not save the survey" form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {survey ? 'Save survey' : 'Create survey'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
