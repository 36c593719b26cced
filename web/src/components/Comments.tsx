import { Avatar, Button, Collapse, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Fragment, useId, useRef, useState, type KeyboardEvent } from 'react';
import { api, unwrap } from '../api/client';
import { useMe } from '../app/session';
import { rolesLabel } from '../app/roles';
import { type Artefact, useCan, useWorkspace, type WorkspaceContext } from '../app/workspace';
import { ErrorNote, Loading } from './States';
import { type Member, useMembers } from '../app/lookups';
import { type Commentable, COMMENT_SUBJECT } from './commentable';
import { insertMention, matchMembers, mentionAt, segments, type MentionQuery } from './mentions';

type EntityType = Commentable;

/**
 * The discussion on anything people may comment on, with @mentions of workspace members. Every screen of a
 * commentable kind renders it (comment-screens.test.ts); who may write follows the ownership matrix.
 */
export function Comments(props: {
  entityType: EntityType;
  entityId: string;
  /** What the discussion is about, where a page shows several of one kind ("Acme vs Atlas"). */
  about?: string;
}) {
  const ws = useWorkspace();
  const me = useMe();
  // Every commentable kind is an artefact of the matrix: the type check holds the two lists together.
  const artefact: Artefact = props.entityType;
  const can = useCan(artefact, 'comment');
  const subject = COMMENT_SUBJECT[props.entityType];
  const comments = useInfiniteQuery({
    queryKey: ['comments', ws.id, props.entityType, props.entityId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/comments', {
          params: {
            path: { workspaceId: ws.id },
            query: { entityType: props.entityType, entityId: props.entityId, limit: 100, cursor: pageParam },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/comments/{id}', {
          params: { path: { workspaceId: ws.id, id } },
        }),
      ),
    meta: { success: 'Comment deleted' },
  });
  const myId = me.data?.user.id;

  return (
    <Stack gap="sm" component="section" aria-label={`Comments on ${props.about ?? `this ${subject}`}`}>
      <Text fw={700} component="h2" size="lg" m={0}>
        Comments
      </Text>
      <Loading query={comments}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (!items.length)
            return (
              <Text c="dimmed" size="sm">
                No comments on this {subject} yet. Ask a question or @mention a teammate to bring them in.
              </Text>
            );
          return (
            <Stack gap="xs">
              {items.map((c) => (
                <Paper key={c.id} withBorder p="sm" radius="md">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Group gap="xs" wrap="nowrap">
                      <Avatar
                        size="sm"
                        radius="xl"
                        name={c.author?.name ?? 'Deleted user'}
                        color="initials"
                      />
                      <Text size="sm" fw={600}>
                        {c.author?.name ?? 'Deleted user'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {dayjs(c.createdAt).format('D MMM YYYY, HH:mm')}
                      </Text>
                    </Group>
                    {(c.author?.id === myId || ws.role === 'admin') && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => remove.mutate(c.id)}
                        loading={remove.isPending && remove.variables === c.id}
                      >
                        Delete
                      </Button>
                    )}
                  </Group>
                  <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
                    <CommentBody body={c.body} />
                  </Text>
                </Paper>
              ))}
              {comments.hasNextPage && (
                <Button
                  variant="subtle"
                  onClick={() => comments.fetchNextPage()}
                  loading={comments.isFetchingNextPage}
                >
                  Load more comments
                </Button>
              )}
            </Stack>
          );
        }}
      </Loading>
      {can.allowed ? (
        <CommentComposer entityType={props.entityType} entityId={props.entityId} />
      ) : (
        <Text size="sm" c="dimmed" role="note">
          Your role may read the discussion but not comment: {commenters(ws.ownership, artefact)} do.
        </Text>
      )}
    </Stack>
  );
}

/**
 * The discussion folded away under a card of a list (a release note, a requirement): a button opens it,
 * and its comments load only then.
 */
export function FoldedComments(props: { entityType: EntityType; entityId: string; title: string }) {
  const [opened, fold] = useDisclosure(false);
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        onClick={fold.toggle}
        aria-expanded={opened}
        aria-label={`${opened ? 'Hide' : 'Show'} comments on ${props.title}`}
      >
        {opened ? 'Hide comments' : 'Comments'}
      </Button>
      <Collapse expanded={opened} keepMounted={false}>
        {opened && <Comments entityType={props.entityType} entityId={props.entityId} about={props.title} />}
      </Collapse>
    </Stack>
  );
}

/** "Product manager or Product marketer (and admins)": who may comment on a kind, as the matrix says. */
function commenters(ownership: WorkspaceContext['ownership'], artefact: Artefact): string {
  const rule = ownership.artefacts.find((a) => a.artefact === artefact);
  const roles = [
    ...(rule?.owners ?? []),
    ...(rule?.contributors ?? []).filter((c) => c.may.includes('comment')).map((c) => c.role),
  ].filter((r) => r !== 'admin');
  return roles.length ? `${rolesLabel(roles)} (and admins)` : 'admins';
}

function CommentBody({ body }: { body: string }) {
  return (
    <>
      {segments(body).map((s, i) =>
        s.kind === 'text' ? (
          <Fragment key={i}>{s.text}</Fragment>
        ) : (
          <Text key={i} span fw={600} c="indigo.7">
            @{s.name}
          </Text>
        ),
      )}
    </>
  );
}

function CommentComposer(props: { entityType: EntityType; entityId: string }) {
  const ws = useWorkspace();
  const members = useMembers();
  const [body, setBody] = useState('');
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const suggestions: Member[] = mention ? matchMembers(members.data?.items ?? [], mention.query) : [];

  const post = useMutation({
    mutationFn: (text: string) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/comments', {
          params: { path: { workspaceId: ws.id } },
          body: { entityType: props.entityType, entityId: props.entityId, body: text },
        }),
      ),
    meta: { inline: true },
    onSuccess: () => setBody(''),
  });

  const track = (text: string, caret: number) => {
    setBody(text);
    setMention(mentionAt(text, caret));
    setActive(0);
  };
  const pick = (m: Member) => {
    const el = ref.current;
    if (!mention || !el) return;
    const done = insertMention(body, mention, el.selectionStart ?? body.length, m);
    setBody(done.text);
    setMention(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(done.caret, done.caret);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + suggestions.length) % suggestions.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        pick(suggestions[active] ?? suggestions[0]!);
        return;
      }
      if (e.key === 'Escape') {
        setMention(null);
        return;
      }
    }
    if (e.key === 'Enter' && (e.metaKey || e.ctrlKey) && body.trim()) post.mutate(body.trim());
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) post.mutate(body.trim());
      }}
    >
      <Stack gap="xs">
        <Textarea
          ref={ref}
          label="Add a comment"
          description="Type @ to mention a teammate; Ctrl+Enter to post"
          autosize
          minRows={2}
          value={body}
          onChange={(e) =>
            track(e.currentTarget.value, e.currentTarget.selectionStart ?? e.currentTarget.value.length)
          }
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setMention(null), 150)}
          aria-controls={suggestions.length ? listId : undefined}
        />
        {suggestions.length > 0 && (
          <Paper withBorder shadow="sm" p={4} id={listId} role="listbox" aria-label="Mention suggestions">
            {suggestions.map((m, i) => (
              <Button
                key={m.userId}
                role="option"
                aria-selected={i === active}
                variant={i === active ? 'light' : 'subtle'}
                fullWidth
                justify="flex-start"
                size="compact-sm"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(m)}
              >
                {m.name}
                <Text span size="xs" c="dimmed" ml={6}>
                  {m.email}
                </Text>
              </Button>
            ))}
          </Paper>
        )}
        {mention && !suggestions.length && members.data && (
          <Text size="xs" c="dimmed">
            No member matches “@{mention.query}”.
          </Text>
        )}
        <ErrorNote error={post.error} title="Could not post the comment" />
        <Group justify="flex-end">
          <Button type="submit" loading={post.isPending} disabled={!body.trim()}>
            Comment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
