import { MantineProvider, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage } from '../api/client';
import { charLimit, LIMITS } from './CharCount';
import { errorsForForm } from './form-errors';
import { ErrorNote } from './States';

const tooLong = new ApiError(400, {
  type: 'https://tandem.dev/problems/invalid_request',
  title: 'Invalid request',
  status: 400,
  detail: '2 fields need changes.',
  errors: [
    { path: 'body.title', message: 'Use at most 200 characters.' },
    { path: 'body.ownerId', message: 'Required.' },
  ],
});

function TitleForm({ error }: { error: unknown }) {
  const form = useForm({ initialValues: { title: 'x'.repeat(201) } });
  return (
    <MantineProvider>
      <TextInput
        label="Title"
        {...form.getInputProps('title')}
        {...charLimit(form.values.title, LIMITS.name)}
      />
      <ErrorNote error={error} form={form} title="Could not save" />
    </MantineProvider>
  );
}

describe('errorMessage', () => {
  it('names each field by a label and says its sentence once, without paths or the detail', () => {
    expect(errorMessage(tooLong)).toBe('Title: use at most 200 characters. Owner: required.');
    expect(errorMessage(tooLong, { labels: { title: 'Program name' } })).toBe(
      'Program name: use at most 200 characters. Owner: required.',
    );
  });

  it('uses the detail when no field is named', () => {
    const refused = new ApiError(409, {
      type: 't',
      title: 'Conflict',
      status: 409,
      detail: 'Already there.',
    });
    expect(errorMessage(refused)).toBe('Already there.');
    const clash = new ApiError(409, {
      type: 't',
      title: 'Conflict',
      status: 409,
      detail: 'There is already a budget line for this program in 2027 Q3; edit that one',
      errors: [{ path: 'quarter', message: 'A budget line for this program and quarter exists' }],
    });
    expect(errorMessage(clash, { shown: ['quarter'] })).toBe(
      'There is already a budget line for this program in 2027 Q3; edit that one',
    );
  });
});

describe('ErrorNote with a form', () => {
  it("puts a field's error on the field and says only the rest in the note", async () => {
    render(<TitleForm error={tooLong} />);
    expect(await screen.findByText('Use at most 200 characters.')).toBeTruthy();
    const note = screen.getByRole('alert');
    expect(note.textContent).toContain('Owner: required.');
    expect(note.textContent).not.toContain('200 characters');
    expect(document.body.textContent).not.toContain('body.');
    expect(screen.getAllByText(/at most 200 characters/i)).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('counts characters against the limit the server applies', () => {
    render(<TitleForm error={null} />);
    expect(screen.getByText(/201 \/ 200 characters — 1 over the limit/)).toBeTruthy();
  });
});

describe('errorsForForm', () => {
  it('shows an item of a list of plain values on the list, and an item of a list of objects on its field', () => {
    const err = new ApiError(422, {
      type: 't',
      title: 'Unprocessable request',
      status: 422,
      detail: 'x',
      errors: [
        { path: 'requirementIds.1', message: 'Another workspace’s requirement.' },
        { path: 'body.pillars.0.title', message: 'Use at most 120 characters.' },
        { path: 'body.nowhere', message: 'Required.' },
      ],
    });
    const values = { requirementIds: ['a', 'b'], pillars: [{ title: 'x' }] };
    expect(errorsForForm(err, values).map((e) => e.shownAt)).toEqual(['requirementIds', 'pillars.0.title']);
  });
});
