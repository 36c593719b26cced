import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import { ME_KEY } from '../../app/session';
import { ErrorNote } from '../../components/States';

function AuthCard(props: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400} radius="md" component="main">
        <Text fw={800} c="indigo.7" size="xl" mb={4}>
          Tandem
        </Text>
        <Title order={1} size="h3" mb="md">
          {props.title}
        </Title>
        {props.children}
        {props.footer && (
          <Text size="sm" mt="md" c="dimmed">
            {props.footer}
          </Text>
        )}
      </Paper>
    </Center>
  );
}

/**
 * The server's field errors by form field (`password`, `body.email` …), to show under their inputs: the
 * server says why a password is too weak, and the person should read it where they type.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(
    (error.problem.errors ?? []).map((e) => [e.path.replace(/^body\./, ''), e.message]),
  );
}

/** After signing in: back to where the person was going, or to their first workspace. */
function useAfterSignIn() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return async () => {
    await client.invalidateQueries({ queryKey: ME_KEY });
    navigate(params.get('next') ?? '/', { replace: true });
  };
}

export function LoginPage() {
  const done = useAfterSignIn();
  const [params] = useSearchParams();
  const form = useForm({ initialValues: { email: '', password: '' } });
  const login = useMutation({
    mutationFn: (values: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/login', { body: values })),
    onSuccess: done,
  });
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New to Tandem?{' '}
          <Anchor component={Link} to={`/signup${params.size ? `?${params}` : ''}`}>
            Create an account
          </Anchor>
        </>
      }
    >
      <form onSubmit={form.onSubmit((v) => login.mutate(v))}>
        <Stack>
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <ErrorNote error={login.error} title="Could not sign in" />
          <Button type="submit" loading={login.isPending}>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

const SIGNUP_FIELDS = ['name', 'email', 'password'] as const;

export function SignupPage() {
  const done = useAfterSignIn();
  const [params] = useSearchParams();
  const form = useForm({
    initialValues: { name: '', email: '', password: '' },
    validate: { password: (v) => (v.length < 10 ? 'Use at least 10 characters' : null) },
    // The server's reasons were about what was sent; editing makes them stale.
    onValuesChange: () => signup.reset(),
  });
  const signup = useMutation({
    // Signing up starts a session (the server sets the cookie).
    mutationFn: (values: { name: string; email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/signup', { body: values })),
    onSuccess: done,
  });
  const server = fieldErrors(signup.error);
  const inputProps = (field: (typeof SIGNUP_FIELDS)[number]) => {
    const props = form.getInputProps(field);
    return { ...props, error: props.error ?? server[field] };
  };
  // Shown once: under its field when the server named one, else above the button (429, 409 …).
  const placed = SIGNUP_FIELDS.some((f) => server[f]);
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have one?{' '}
          <Anchor component={Link} to={`/login${params.size ? `?${params}` : ''}`}>
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={form.onSubmit((v) => signup.mutate(v))}>
        <Stack>
          <TextInput label="Name" autoComplete="name" required {...inputProps('name')} />
          <TextInput label="Email" type="email" autoComplete="email" required {...inputProps('email')} />
          <PasswordInput
            label="Password"
            description="At least 10 characters: not a common password, and not your name or email"
            autoComplete="new-password"
            required
            {...inputProps('password')}
          />
          <ErrorNote error={placed ? null : signup.error} title="Could not create the account" />
          <Button type="submit" loading={signup.isPending}>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

export function NewWorkspacePage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({ initialValues: { name: '' } });
  const create = useMutation({
    mutationFn: (body: { name: string }) => unwrap(api.POST('/api/v1/workspaces', { body })),
    onSuccess: async (ws) => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      navigate(`/w/${ws.id}`);
    },
  });
  return (
    <AuthCard
      title="Create a workspace"
      footer="You become its admin, and can invite your team from Settings."
    >
      <form onSubmit={form.onSubmit((v) => create.mutate(v))}>
        <Stack>
          <TextInput label="Workspace name" required {...form.getInputProps('name')} />
          <ErrorNote error={create.error} title="Could not create the workspace" />
          <Button type="submit" loading={create.isPending}>
            Create workspace
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
