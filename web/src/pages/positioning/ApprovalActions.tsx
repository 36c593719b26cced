import { Alert, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import { type ApprovalStatus, type Step, STEP_LABEL, stepsFor } from './approval';
import { FormModal } from '../../components/FormModal';

type Version = {
  id: string;
  status: ApprovalStatus;
  version: number;
  /** The server's reason the caller may not approve although their role reviews (a second approver is required). */
  approveRefusal?: string | null;
};
export type StepVariables = { step: Step; version: number; comment?: string };

/**
 * Submit, approve and send back for a positioning or messaging version. Buttons show for the steps the
 * status allows; the role guard says who owns them; sending back asks what to change.
 */
export function ApprovalActions(props: {
  artefact: 'positioning' | 'messaging';
  entity: Version;
  run: (vars: StepVariables) => Promise<unknown>;
}) {
  const ws = useWorkspace();
  const { entity } = props;
  const [sendingBack, sendBackModal] = useDisclosure(false);
  const [comment, setComment] = useState('');
  const step = useMutation({
    mutationFn: props.run,
    meta: {
      success: 'Status updated',
      conflict: { workspaceId: ws.id, entityType: props.artefact, entityId: entity.id },
    },
  });
  const sendBack = useMutation({
    mutationFn: props.run,
    meta: { inline: true, success: 'Sent back to draft' },
    onSuccess: () => {
      sendBackModal.close();
      setComment('');
    },
  });
  const refusalId = useId();
  const steps = stepsFor(entity.status);
  if (steps.length === 0) return null;
  const refusal = entity.approveRefusal;
  return (
    <>
      <Group gap="xs">
        {steps.map((s) =>
          s === 'approve' && refusal ? (
            <Tooltip key={s} label={refusal} withArrow multiline w={320}>
              <Button
                color="teal"
                data-disabled
                aria-disabled
                aria-describedby={refusalId}
                onClick={(e) => e.preventDefault()}
              >
                {STEP_LABEL[s]}
              </Button>
            </Tooltip>
          ) : (
            <GuardedButton
              key={s}
              artefact={props.artefact}
              // Submitting is the owners' step; approving and sending back are the reviewers' (the matrix's review right).
              action={s === 'submit' ? 'update' : 'review'}
              variant={s === 'send_back' ? 'default' : 'filled'}
              color={s === 'approve' ? 'teal' : undefined}
              loading={step.isPending && step.variables?.step === s}
              onClick={() =>
                s === 'send_back' ? sendBackModal.open() : step.mutate({ step: s, version: entity.version })
              }
            >
              {STEP_LABEL[s]}
            </GuardedButton>
          ),
        )}
      </Group>
      {refusal && steps.includes('approve') && (
        <Text id={refusalId} size="xs" c="dimmed" role="note" maw={360}>
          {refusal}
        </Text>
      )}
      <FormModal
        unsaved={comment.trim() !== ''}
        opened={sendingBack}
        onClose={sendBackModal.close}
        title="Send back to draft"
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            sendBack.mutate({ step: 'send_back', version: entity.version, comment: comment.trim() });
          }}
        >
          <Stack>
            <Textarea
              label="What should change?"
              description="The author sees this on the draft."
              required
              autosize
              minRows={3}
              maxLength={500}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <ErrorNote error={sendBack.error} title="Could not send back" />
            <Group justify="flex-end">
              <Button variant="default" onClick={sendBackModal.close}>
                Cancel
              </Button>
              <Button type="submit" loading={sendBack.isPending} disabled={!comment.trim()}>
                Send back
              </Button>
            </Group>
          </Stack>
        </form>
      </FormModal>
    </>
  );
}

/** The reviewer's comment on a version (why it was sent back, or a note with the approval). */
export function ReviewComment({ comment, status }: { comment: string; status: ApprovalStatus }) {
  if (!comment) return null;
  return (
    <Alert
      color={status === 'draft' ? 'orange' : 'gray'}
      title={status === 'draft' ? 'Sent back' : 'Review comment'}
    >
      {comment}
    </Alert>
  );
}
