import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '../../components/States';
import type { Program } from '../campaigns/data';
import { useProgramActions } from './actions';
import { ReviewButton } from './ReviewButton';
import { FormModal, useUnsavedChanges } from '../../components/FormModal';

export type ReviewRequest = { program: Program; decision: 'accept' | 'send-back' };

/** Product marketing's review of a proposed program: accept (with an optional remark) or send back (with why). */
export function ReviewDialog({ request, onClose }: { request: ReviewRequest | null; onClose: () => void }) {
  return (
    <FormModal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={request !== null}
      onClose={onClose}
      zIndex={400}
      title={request?.decision === 'accept' ? 'Accept the program' : 'Send the program back'}
    >
      {request && (
        <ReviewForm key={`${request.program.id}-${request.decision}`} request={request} onClose={onClose} />
      )}
    </FormModal>
  );
}

function ReviewForm({ request, onClose }: { request: ReviewRequest; onClose: () => void }) {
  const { review } = useProgramActions(request.program.id);
  const [comment, setComment] = useState('');
  useUnsavedChanges(comment.trim() !== '');
  const accept = request.decision === 'accept';
  const submit = () =>
    review.mutate(
      { decision: request.decision, comment, version: request.program.version },
      { onSuccess: onClose },
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack>
        <Text size="sm">
          <b>{request.program.name}</b>
          {accept
            ? ' will be accepted as the answer to its requirements; marketing can then run campaigns in it.'
            : ' goes back to marketing, who can change it and propose it again.'}
        </Text>
        <Textarea
          label={accept ? 'Remark (optional)' : 'Reason for sending it back'}
          placeholder={accept ? 'Anything marketing should keep in mind' : 'What should change, and why'}
          required={!accept}
          autosize
          minRows={3}
          data-autofocus
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <ErrorNote
          error={review.error}
          title={accept ? 'Could not accept the program' : 'Could not send it back'}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <ReviewButton
            type="submit"
            color={accept ? 'teal' : 'orange'}
            loading={review.isPending}
            disabled={!accept && !comment.trim()}
          >
            {accept ? 'Accept' : 'Send back'}
          </ReviewButton>
        </Group>
      </Stack>
    </form>
  );
}
