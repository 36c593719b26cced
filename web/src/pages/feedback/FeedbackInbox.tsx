import { Button, Checkbox, Group, Kbd, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, Loading, PageHeader } from '../../components/States';
import { FEEDBACK_STATUSES, SENTIMENTS, type Sentiment } from '../../app/labels';
import { optionsOf, useProducts } from '../../app/lookups';
import { AddFeedbackModal } from './AddFeedbackModal';
import { BulkBar } from './BulkBar';
import { ACTION_TO, type FeedbackItem, type FeedbackQuery, loadFeedbackPage, useBulkFeedback } from './data';
import { FeedbackTable } from './FeedbackTable';
import { REVENUE_DETRACTOR } from './flag';
import { ImportFeedbackModal } from './ImportFeedback';
import { LinkFeatureModal } from './LinkFeatureModal';
import { commandFor, move, SHORTCUTS, toggle } from './shortcuts';

/** The triage inbox: search, filter, and work through new feedback from the keyboard. */
export default function FeedbackInbox() {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const canTriage = useCan('feedback', 'update').allowed;
  const canLink = useCan('feature', 'link_feedback').allowed;
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 250);
  const status = params.get('status') ?? 'new';
  const productId = params.get('product');
  const sentiment = params.get('sentiment') as Sentiment | null;
  const flagged = params.get('flag') === REVENUE_DETRACTOR;
  const [tagInput, setTagInput] = useState(params.get('tag') ?? '');
  const [tag] = useDebouncedValue(tagInput.trim(), 300);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  useEffect(() => setParam('q', q || null), [q]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => setParam('tag', tag || null), [tag]); // eslint-disable-line react-hooks/exhaustive-deps

  const query: FeedbackQuery = {
    q: q || undefined,
    status: status === 'all' ? undefined : status,
    productId: productId ?? undefined,
    sentiment: sentiment ?? undefined,
    tag: tag || undefined,
    flag: flagged ? REVENUE_DETRACTOR : undefined,
  };
  const feedback = useInfiniteQuery({
    queryKey: ['feedback', ws.id, query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => loadFeedbackPage(ws.id, query, pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
  const products = useProducts();
  const items = useMemo(() => feedback.data?.pages.flatMap((p) => p.items) ?? [], [feedback.data]);

  const [current, setCurrent] = useState(-1);
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [linking, setLinking] = useState<string[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);
  const bulk = useBulkFeedback();

  // Keep the selection within what is shown (a triaged item leaves the "new" list).
  useEffect(() => {
    if (current >= items.length) setCurrent(items.length - 1);
    setSelection((s) => {
      const shown = new Set(items.map((i) => i.id));
      const kept = [...s].filter((id) => shown.has(id));
      return kept.length === s.size ? s : new Set(kept);
    });
  }, [items, current]);

  const focusRow = (index: number) => {
    setCurrent(index);
    rowRefs.current[index]?.focus();
  };
  const setStatus = (item: FeedbackItem, to: 'triaged' | 'archived' | 'new') => {
    if (!canTriage || !item.allowedTransitions.includes(to)) return;
    bulk.mutate({ action: ACTION_TO[to], ids: [item.id] });
  };

  const handler = useRef<(e: KeyboardEvent) => void>(() => {});
  handler.current = (e: KeyboardEvent) => {
    if (linking || adding || importing) return;
    const command = commandFor(e);
    if (!command) return;
    const item = items[current];
    switch (command) {
      case 'next':
      case 'previous':
        e.preventDefault();
        focusRow(move(current, command === 'next' ? 1 : -1, items.length));
        return;
      case 'search':
        e.preventDefault();
        searchRef.current?.focus();
        return;
      case 'toggle':
        if (item) setSelection((s) => toggle(s, item.id));
        return;
      case 'triage':
        if (item) setStatus(item, 'triaged');
        return;
      case 'archive':
        if (item) setStatus(item, 'archived');
        return;
      case 'link':
        if (!canLink) return;
        if (selection.size) setLinking([...selection]);
        else if (item) setLinking([item.id]);
        return;
      case 'open':
        if (item) navigate(item.id);
        return;
      default: {
        const never: never = command;
        return never;
      }
    }
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => handler.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const filtered = Boolean(q || productId || sentiment || tag || flagged || status !== 'new');
  return (
    <>
      <PageHeader
        title="Feedback"
        subtitle="What customers ask for. Triage it and link it to features so demand reaches the roadmap."
        actions={
          <>
            <GuardedButton
              artefact="feedback"
              action="create"
              variant="default"
              onClick={() => setImporting(true)}
            >
              Import CSV
            </GuardedButton>
            <GuardedButton artefact="feedback" action="create" onClick={() => setAdding(true)}>
              Add feedback
            </GuardedButton>
          </>
        }
      />
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            ref={searchRef}
            label="Search feedback"
            placeholder="Words, “exact phrase”, -exclude"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') e.currentTarget.blur();
              if (e.key === 'ArrowDown' && items.length) focusRow(0);
            }}
            w={280}
          />
          <Select
            label="Status"
            data={[...FEEDBACK_STATUSES.map((s) => ({ ...s })), { value: 'all', label: 'All' }]}
            value={status}
            allowDeselect={false}
            onChange={(v) => setParam('status', v === 'new' ? null : v)}
            w={130}
          />
          <Select
            label="Product"
            placeholder="All products"
            clearable
            data={optionsOf(products.data)}
            value={productId}
            onChange={(v) => setParam('product', v)}
            w={220}
          />
          <Select
            label="Sentiment"
            placeholder="Any"
            clearable
            data={SENTIMENTS.map((s) => ({ ...s }))}
            value={sentiment}
            onChange={(v) => setParam('sentiment', v)}
            w={140}
          />
          <TextInput
            label="Tag"
            placeholder="e.g. export"
            value={tagInput}
            onChange={(e) => setTagInput(e.currentTarget.value)}
            w={140}
          />
          <Checkbox
            label="Detractors with revenue"
            checked={flagged}
            onChange={(e) => setParam('flag', e.currentTarget.checked ? REVENUE_DETRACTOR : null)}
            mb={8}
          />
        </Group>
        <ShortcutHint />
        <BulkBar
          ids={[...selection]}
          onClear={() => setSelection(new Set())}
          onLink={() => setLinking([...selection])}
        />
        <Loading query={feedback} label="Loading feedback">
          {() =>
            items.length === 0 ? (
              filtered ? (
                <Empty title="No feedback matches these filters">
                  Clear the search or pick another status to see more.
                </Empty>
              ) : (
                <Empty
                  title="Inbox zero"
                  action={
                    <GuardedButton
                      artefact="feedback"
                      action="create"
                      variant="light"
                      onClick={() => setAdding(true)}
                    >
                      Add feedback
                    </GuardedButton>
                  }
                >
                  Nothing new to triage. Record what a customer told you, or look through triaged feedback.
                </Empty>
              )
            ) : (
              <Paper withBorder radius="md">
                <FeedbackTable
                  items={items}
                  current={current}
                  selection={selection}
                  rowRefs={rowRefs}
                  onCurrent={setCurrent}
                  onToggle={(id) => setSelection((s) => toggle(s, id))}
                  onToggleAll={(checked) =>
                    setSelection(checked ? new Set(items.map((i) => i.id)) : new Set())
                  }
                  onStatus={setStatus}
                  onLink={(f) => setLinking([f.id])}
                  busyId={
                    bulk.isPending && bulk.variables.ids.length === 1 ? bulk.variables.ids[0] : undefined
                  }
                />
                {feedback.hasNextPage && (
                  <Group justify="center" p="sm">
                    <Button
                      variant="subtle"
                      onClick={() => feedback.fetchNextPage()}
                      loading={feedback.isFetchingNextPage}
                    >
                      Load more
                    </Button>
                  </Group>
                )}
              </Paper>
            )
          }
        </Loading>
      </Stack>
      <LinkFeatureModal
        opened={linking !== null}
        feedbackIds={linking ?? []}
        onClose={() => setLinking(null)}
        onLinked={() => setSelection(new Set())}
      />
      <AddFeedbackModal opened={adding} onClose={() => setAdding(false)} defaultProductId={productId} />
      <ImportFeedbackModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}

function ShortcutHint() {
  return (
    <Text size="xs" c="dimmed" aria-label="Keyboard shortcuts">
      Keyboard shortcuts:{' '}
      {SHORTCUTS.map((s, i) => (
        <span key={s.key}>
          {i > 0 && ' · '}
          <Kbd size="xs">{s.key}</Kbd> {s.label.toLowerCase()}
        </span>
      ))}
    </Text>
  );
}
