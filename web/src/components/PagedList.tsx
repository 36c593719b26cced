import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  type InfiniteData,
  keepPreviousData,
  type QueryKey,
  useInfiniteQuery,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Empty, ErrorNote, Spinner } from './States';

/** A list page of the app: filters above, then the rows loaded 50 at a time with "Show more" below. */

type Page<T> = { items: T[]; nextCursor?: string | null };

/** A list read page by page through the API's cursor; the rows shown stay while new filters load. */
export function usePages<T>(queryKey: QueryKey, load: (cursor: string | undefined) => Promise<Page<T>>) {
  return useInfiniteQuery({
    queryKey,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => load(pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** A search box's text, and the trimmed query sent once typing pauses. */
export function useSearch() {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  return { text, setText, q };
}

/** The row of filters above a list. */
export function ListFilters({ children }: { children: ReactNode }) {
  return (
    <Group align="flex-end" wrap="wrap">
      {children}
    </Group>
  );
}

export function SearchFilter(props: {
  search: ReturnType<typeof useSearch>;
  placeholder: string;
  w: number;
}) {
  return (
    <TextInput
      label="Search"
      placeholder={props.placeholder}
      value={props.search.text}
      onChange={(e) => props.search.setText(e.currentTarget.value)}
      w={props.w}
    />
  );
}

/** A filter by one value of a set; cleared, it reads "Any <label>" ("Any outcome"). */
export function FilterSelect<K extends string>(props: {
  label: string;
  data: { value: K; label: string }[];
  value: K | null;
  onChange: (value: K | null) => void;
  w: number;
  searchable?: boolean;
}) {
  return (
    <Select
      label={props.label}
      placeholder={`Any ${props.label.toLowerCase()}`}
      clearable
      searchable={props.searchable}
      data={props.data}
      value={props.value}
      onChange={(v) => props.onChange(v as K | null)}
      w={props.w}
    />
  );
}

/**
 * The rows of a paged list, or what stands in their place: loading, the failure, an empty list saying what to do
 * first (or, when filtered, that nothing matches). "Show more" loads the next page.
 */
export function PagedList<T>(props: {
  query: UseInfiniteQueryResult<InfiniteData<Page<T>>>;
  /** Plural, lower case: "deals" → "Loading deals", "Show more deals". */
  noun: string;
  /** Some filter is set: an empty list then says nothing matches. */
  filtered: boolean;
  noMatch: { title: string; hint: ReactNode };
  empty: { title: string; hint: ReactNode; action?: ReactNode };
  children: (rows: T[]) => ReactNode;
}) {
  const { query, noMatch, empty } = props;
  if (query.isPending) return <Spinner label={`Loading ${props.noun}`} />;
  if (query.isError) return <ErrorNote error={query.error} />;
  const rows = query.data.pages.flatMap((p) => p.items);
  if (rows.length === 0)
    return props.filtered ? (
      <Empty title={noMatch.title}>{noMatch.hint}</Empty>
    ) : (
      <Empty title={empty.title} action={empty.action}>
        {empty.hint}
      </Empty>
    );
  return (
    <>
      {props.children(rows)}
      {query.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
            Show more {props.noun}
          </Button>
        </Group>
      )}
    </>
  );
}
