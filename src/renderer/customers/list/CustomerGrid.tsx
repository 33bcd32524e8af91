import { Loader, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useElementSize } from '@mantine/hooks';
import { memo, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { CustomerSortKey } from '../../../shared/customers/contract';
import type { CustomerSummary } from '../../../shared/customers/schema';
import { columnsFitting, type Column } from './columns';
import classes from './CustomerGrid.module.css';

const rowHeight = 46;
const headerHeight = 36;
/** Start loading the next page this many rows before the end is on screen. */
const prefetchRows = 30;

interface Props {
  /** The search, filters and sort shown: a new one starts again at the top. */
  viewKey: string;
  rows: CustomerSummary[];
  /** How many customers match, once counted exactly; the grid announces it as its row count. */
  total: number | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  /** The rows are the last view's, kept on screen until the new view's first page arrives. */
  stale: boolean;
  loadMore: () => void;
  sort: CustomerSortKey;
  direction: 'asc' | 'desc';
  onSort: (sort: CustomerSortKey) => void;
  highlightedIndex: number | null;
  /** The grid took keyboard focus with no row highlighted: highlight one, so Enter and the arrows have a row. */
  onFocusWithoutHighlight: () => void;
  onOpen: (customer: CustomerSummary) => void;
}

const rowId = (customer: CustomerSummary) => `customer-row-${customer.id}`;

/** The customer list: only the rows on screen are rendered, so it scrolls through any number. */
export function CustomerGrid(props: Props) {
  const { rows, hasMore, loadingMore, loadMore, highlightedIndex } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const { ref: measured, width } = useElementSize();
  const { shown, template } = useMemo(() => columnsFitting(width), [width]);
  const highlighted = highlightedIndex === null ? undefined : rows[highlightedIndex];
  // The virtualizer re-renders the grid as it scrolls; nothing here relies on memoization.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    scrollMargin: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - prefetchRows) loadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, loadMore]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [props.viewKey, virtualizer]);

  useEffect(() => {
    if (highlightedIndex !== null) virtualizer.scrollToIndex(highlightedIndex, { align: 'auto' });
  }, [highlightedIndex, virtualizer]);

  return (
    <div
      role="grid"
      aria-label="Customers"
      aria-rowcount={props.total === undefined ? -1 : props.total + 1}
      aria-busy={loadingMore || props.stale}
      // Tab reaches the grid once; the arrows, j/k and Enter (the list's keys) move within it and open a row.
      tabIndex={0}
      aria-activedescendant={highlighted ? rowId(highlighted) : undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !highlighted) props.onFocusWithoutHighlight();
      }}
      ref={measured}
      className={classes.grid}
    >
      <div ref={scroller} className={classes.scroller}>
        <div role="row" aria-rowindex={1} className={classes.header} style={{ gridTemplateColumns: template }}>
          {shown.map((column) => (
            <div
              key={column.title}
              role="columnheader"
              aria-sort={
                column.sortKey === props.sort ? (props.direction === 'asc' ? 'ascending' : 'descending') : undefined
              }
              className={classes.columnTitle}
            >
              {column.sortKey ? (
                <SortButton
                  title={column.title}
                  active={column.sortKey === props.sort}
                  direction={props.direction}
                  onClick={() => column.sortKey && props.onSort(column.sortKey)}
                />
              ) : (
                column.title
              )}
            </div>
          ))}
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const customer = rows[item.index];
            if (!customer) {
              const style = { height: item.size, transform: `translateY(${item.start - headerHeight}px)` };
              return (
                <div key="more" role="row" className={classes.row} style={{ ...style, display: 'flex', gap: 8 }}>
                  <Loader size="xs" />
                  <Text size="sm" c="dimmed">
                    Loading more customers…
                  </Text>
                </div>
              );
            }
            return (
              <GridRow
                key={customer.id}
                customer={customer}
                index={item.index}
                selected={item.index === highlightedIndex}
                size={item.size}
                top={item.start - headerHeight}
                shown={shown}
                template={template}
                onOpen={props.onOpen}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  customer: CustomerSummary;
  index: number;
  selected: boolean;
  size: number;
  top: number;
  shown: readonly Column[];
  template: string;
  onOpen: (customer: CustomerSummary) => void;
}

/**
 * One customer's row. Memoized: a key typed in the search box renders the list again while the
 * previous rows stay on screen, and those rows must not be drawn again each time.
 */
const GridRow = memo(function GridRow({ customer, index, selected, size, top, shown, template, onOpen }: RowProps) {
  const style: CSSProperties = { height: size, transform: `translateY(${top}px)`, gridTemplateColumns: template };
  return (
    <div
      id={rowId(customer)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={classes.row}
      style={style}
      onClick={() => onOpen(customer)}
    >
      {shown.map((column) => (
        <div key={column.title} role="gridcell" className={classes.cell}>
          {column.render(customer)}
        </div>
      ))}
    </div>
  );
});

function SortButton(props: { title: string; active: boolean; direction: 'asc' | 'desc'; onClick: () => void }) {
  const Icon = !props.active ? IconSelector : props.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <button type="button" className={classes.sortButton} onClick={props.onClick}>
      {props.title}
      <Icon size={13} stroke={2} opacity={props.active ? 1 : 0.45} aria-hidden />
    </button>
  );
}
