import { Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, Loading, PageHeader } from '../../components/States';
import { type FeatureListQuery, loadFeaturePage, nextSort, type SortKey } from './data';
import { FeaturesTable } from './FeaturesTable';
import { FEATURE_STATUS_LABEL, FEATURE_STATUSES } from '../../app/labels';
import { nameOf, optionsOf, useProducts, useReleases } from '../../app/lookups';
import { NewFeatureModal } from './NewFeatureModal';

const STATUS_OPTIONS = FEATURE_STATUSES.map((s) => ({ value: s, label: FEATURE_STATUS_LABEL[s] }));

/** Every feature, ranked by score with its demand, filterable and sortable; fast at any size. */
export default function FeaturesPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [creating, setCreating] = useState(false);
  const sort = params.get('sort') ?? '-score';
  const productId = params.get('product');
  const statuses = params.get('status')?.split(',').filter(Boolean) ?? [];
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

  const query: FeatureListQuery = {
    q: q || undefined,
    productId: productId ?? undefined,
    status: statuses.length ? statuses.join(',') : undefined,
    sort,
  };
  const features = useInfiniteQuery({
    queryKey: ['features', ws.id, 'table', query],
    // Pages only ever append: comparing 10,000 loaded rows deeply on every new page costs a long task each time.
    structuralSharing: false,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => loadFeaturePage(ws.id, query, pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
  const products = useProducts();
  const releases = useReleases();
  const rows = useMemo(() => features.data?.pages.flatMap((p) => p.items) ?? [], [features.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = features;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const filtered = Boolean(q || productId || statuses.length);

  return (
    <>
      <PageHeader
        title="Features"
        subtitle="User stories ranked by score, with the demand behind them."
        actions={
          <GuardedButton artefact="feature" action="create" onClick={() => setCreating(true)}>
            New feature
          </GuardedButton>
        }
      />
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Search features"
            placeholder="Title contains…"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
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
          <MultiSelect
            label="Status"
            placeholder={statuses.length ? undefined : 'Any status'}
            data={STATUS_OPTIONS}
            value={statuses}
            onChange={(v) => setParam('status', v.join(',') || null)}
            clearable
            miw={220}
          />
          <Text size="sm" c="dimmed" ml="auto" aria-live="polite">
            {features.data && `${rows.length.toLocaleString('en-US')}${hasNextPage ? '+' : ''} features`}
          </Text>
        </Group>
        <Loading query={features} label="Loading features">
          {() =>
            rows.length === 0 ? (
              filtered ? (
                <Empty title="No feature matches these filters">
                  Clear the search or the filters to see more.
                </Empty>
              ) : (
                <Empty
                  title="No features yet"
                  action={
                    <GuardedButton
                      artefact="feature"
                      action="create"
                      variant="light"
                      onClick={() => setCreating(true)}
                    >
                      New feature
                    </GuardedButton>
                  }
                >
                  Write the first user story, then link customer feedback to it to see its demand.
                </Empty>
              )
            ) : (
              <FeaturesTable
                rows={rows}
                sort={sort}
                onSort={(key: SortKey) => setParam('sort', nextSort(sort, key))}
                hasMore={Boolean(hasNextPage)}
                loadingMore={isFetchingNextPage}
                onLoadMore={loadMore}
                productName={(id) => nameOf(products.data, id)}
                releaseName={(id) => nameOf(releases.data, id, id ? '…' : '—')}
              />
            )
          }
        </Loading>
      </Stack>
      <NewFeatureModal opened={creating} onClose={() => setCreating(false)} defaultProductId={productId} />
    </>
  );
}
