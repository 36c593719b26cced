import { Box, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, memo, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useWorkspace } from '../../app/workspace';
import { type FeatureRow, type SortKey, sortState } from './data';
import classes from './FeaturesTable.module.css';
import { FEATURE_STATUS_COLOR, FEATURE_STATUS_LABEL } from '../../app/labels';
import { formatCompactMoney, formatNumber } from '../../app/format';
import { type ScoreScale, scoreWithScale, useScoreScales } from './scale';

const ROW = 44;
// Product gets room for two lines (a product line's full name), Score for its model ("576 RICE").
const COLUMNS =
  '92px 120px minmax(220px, 3fr) 110px minmax(150px, 1.2fr) minmax(110px, 1fr) 64px 84px 88px 92px';
const MIN_WIDTH = 1130;

type Column = { label: string; sort?: SortKey; align?: 'right'; hint?: string };
const HEADERS: Column[] = [
  {
    label: 'Rank in product',
    sort: 'rank',
    align: 'right',
    hint: 'Rank among the open features of the same product, by score: it starts again at 1 for each product.',
  },
  {
    label: 'Score',
    sort: 'score',
    align: 'right',
    hint: 'Each product scores with its own model (RICE, ICE, value/effort, weighted): compare scores of one model only.',
  },
  { label: 'Title', sort: 'title' },
  { label: 'Status' },
  { label: 'Product' },
  { label: 'Release' },
  { label: 'Effort', sort: 'effort', align: 'right' },
  { label: 'Feedback', sort: 'feedbackCount', align: 'right' },
  { label: 'Customers', sort: 'customerCount', align: 'right' },
  { label: 'Revenue', sort: 'customerRevenue', align: 'right' },
];

type Props = {
  rows: FeatureRow[];
  sort: string;
  onSort: (key: SortKey) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  productName: (id: string) => string;
  releaseName: (id: string | null) => string;
};

const cell = (align?: 'right') =>
  ({
    padding: '0 10px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textAlign: align ?? 'left',
    display: 'flex',
    alignItems: 'center',
    justifyContent: align === 'right' ? 'flex-end' : 'flex-start',
  }) as const;

type RowProps = {
  f: FeatureRow;
  rowIndex: number;
  start: number;
  columns: string;
  href: string;
  product: string;
  release: string;
  scale: ScoreScale | undefined;
};

/**
 * One row from plain elements, memoised: while scrolling only rows entering the view render, and each
 * costs a handful of DOM nodes rather than a tree of components.
 */
const FeatureRowView = memo(function FeatureRowView({
  f,
  rowIndex,
  start,
  columns,
  href,
  product,
  release,
  scale,
}: RowProps) {
  const color = FEATURE_STATUS_COLOR[f.status];
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={classes.row}
      style={{ transform: `translateY(${start}px)`, gridTemplateColumns: columns }}
    >
      <div role="cell" className={`${classes.cell} ${classes.right}`}>
        {f.rank ?? '—'}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.right} ${classes.strong}`}>
        {scoreWithScale(f.score, scale)}
      </div>
      <div role="cell" className={classes.cell}>
        <Link to={href} className={classes.link}>
          {f.title}
        </Link>
      </div>
      <div role="cell" className={classes.cell}>
        <span
          className={classes.badge}
          style={
            {
              '--badge-color': `var(--mantine-color-${color}-light-color)`,
              '--badge-bg': `var(--mantine-color-${color}-light)`,
            } as CSSProperties
          }
        >
          {FEATURE_STATUS_LABEL[f.status]}
        </span>
      </div>
      <div role="cell" className={classes.cell}>
        <span className={classes.wrap} title={product}>
          {product}
        </span>
      </div>
      <div role="cell" className={classes.cell}>
        <span className={classes.text}>{release}</span>
      </div>
      <div role="cell" className={`${classes.cell} ${classes.right}`}>
        {formatNumber(f.effort)}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.right}`}>
        {f.demand.feedbackCount}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.right}`}>
        {f.demand.customerCount}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.right}`}>
        {formatCompactMoney(f.demand.customerRevenue)}
      </div>
    </div>
  );
});

/**
 * The feature list as a virtualized grid: only the rows in view are in the DOM, and the next page of 200
 * loads as the person nears the end, so 10,000 features scroll as smoothly as 10.
 */
export function FeaturesTable(props: Props) {
  const ws = useWorkspace();
  const scaleOf = useScoreScales();
  const scroller = useRef<HTMLDivElement>(null);
  const count = props.rows.length + (props.hasMore ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  const { hasMore, loadingMore, onLoadMore } = props;
  useEffect(() => {
    if (last && last.index >= props.rows.length - 40 && hasMore && !loadingMore) onLoadMore();
  }, [last, props.rows.length, hasMore, loadingMore, onLoadMore]);

  return (
    <Box
      ref={scroller}
      data-testid="features-scroller"
      style={{
        height: 'calc(100vh - 220px)',
        minHeight: 320,
        overflow: 'auto',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      <div
        role="table"
        aria-label="Features"
        aria-rowcount={hasMore ? -1 : props.rows.length + 1}
        style={{ minWidth: MIN_WIDTH }}
      >
        <div
          role="rowgroup"
          style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-body)' }}
        >
          <div
            role="row"
            aria-rowindex={1}
            style={{
              display: 'grid',
              gridTemplateColumns: COLUMNS,
              height: 40,
              borderBottom: '1px solid var(--mantine-color-default-border)',
            }}
          >
            {HEADERS.map((h) => {
              const state = h.sort ? sortState(props.sort, h.sort) : 'none';
              return (
                <div
                  key={h.label}
                  role="columnheader"
                  aria-sort={h.sort ? state : undefined}
                  title={h.hint}
                  style={{ ...cell(h.align), whiteSpace: 'normal', lineHeight: 1.2 }}
                >
                  {h.sort ? (
                    <UnstyledButton onClick={() => props.onSort(h.sort!)} fz="sm" fw={600} ta={h.align}>
                      {h.label}
                      {state === 'ascending' ? ' ↑' : state === 'descending' ? ' ↓' : ''}
                    </UnstyledButton>
                  ) : (
                    <Text size="sm" fw={600}>
                      {h.label}
                    </Text>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const f = props.rows[v.index];
            const style = {
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              height: ROW,
              transform: `translateY(${v.start}px)`,
              display: 'grid',
              gridTemplateColumns: COLUMNS,
              borderBottom: '1px solid var(--mantine-color-default-border)',
            } as const;
            if (!f)
              return (
                <div key="more" role="row" style={style}>
                  <div role="cell" style={{ ...cell(), gridColumn: '1 / -1' }}>
                    <Text size="sm" c="dimmed">
                      Loading more features…
                    </Text>
                  </div>
                </div>
              );
            return (
              <FeatureRowView
                key={f.id}
                f={f}
                rowIndex={v.index + 2}
                start={v.start}
                columns={COLUMNS}
                href={`/w/${ws.id}/features/${f.id}`}
                product={props.productName(f.productId)}
                scale={scaleOf(f.productId)}
                release={props.releaseName(f.releaseId)}
              />
            );
          })}
        </div>
      </div>
    </Box>
  );
}
