import { clsx } from 'clsx';
import type { ReactNode } from 'react';
import type { CustomerSortKey } from '../../../shared/customers/contract';
import type { CustomerSummary } from '../../../shared/customers/schema';
import { countryName } from '../../../shared/reference/countries';
import { customerName, formatPhoneNumber } from '../display/format';
import { StatusBadge } from '../display/StatusBadge';
import { formatDate } from '../../app/dates';
import classes from './columns.module.css';

export interface Column {
  title: string;
  /** The narrowest the column gets, in px. */
  width: number;
  /** Its share of the space left over (a CSS grid `fr`); a column without one stays at its width. */
  grow?: number;
  /** On a narrow window, columns give way in this order (1 first); a column without one always shows. */
  givesWay?: number;
  sortKey?: CustomerSortKey;
  render: (customer: CustomerSummary) => ReactNode;
}

const shownLabels = 2;

export const columns: Column[] = [
  {
    title: 'Name',
    width: 160,
    grow: 1.6,
    sortKey: 'name',
    render: (customer) => (
      <div className={classes.stack}>
        <span className={clsx(classes.text, classes.name, classes.truncate)}>{customerName(customer)}</span>
        <span className={clsx(classes.small, classes.dimmed, classes.mono, classes.truncate)}>
          #{customer.id}
          {customer.referenceId ? ` · ${customer.referenceId}` : ''}
        </span>
      </div>
    ),
  },
  {
    title: 'Email',
    width: 170,
    grow: 1.8,
    sortKey: 'email',
    render: (customer) => <span className={clsx(classes.text, classes.truncate)}>{customer.email}</span>,
  },
  {
    title: 'Phone',
    width: 140,
    givesWay: 2,
    render: (customer) =>
      customer.phone ? (
        <span className={clsx(classes.text, classes.truncate)}>{formatPhoneNumber(customer.phone)}</span>
      ) : (
        <span className={clsx(classes.text, classes.dimmed)}>—</span>
      ),
  },
  {
    title: 'Country',
    width: 100,
    grow: 1,
    sortKey: 'country',
    render: (customer) => (
      <span className={clsx(classes.text, classes.truncate)} title={countryName(customer.country)}>
        {countryName(customer.country)}
      </span>
    ),
  },
  {
    title: 'Status',
    width: 130,
    sortKey: 'status',
    render: (customer) => <StatusBadge status={customer.status} />,
  },
  {
    title: 'Verification',
    width: 128,
    givesWay: 4,
    sortKey: 'verificationProgress',
    render: (customer) => (
      <div className={classes.progress}>
        <div className={classes.bar} aria-hidden>
          <div
            className={classes.fill}
            data-complete={customer.verificationProgress === 100 || undefined}
            style={{ width: `${customer.verificationProgress}%` }}
          />
        </div>
        <span className={clsx(classes.small, classes.dimmed, classes.percent)}>{customer.verificationProgress}%</span>
      </div>
    ),
  },
  {
    title: 'Labels',
    width: 100,
    grow: 1.2,
    givesWay: 1,
    render: (customer) => (
      <div className={classes.labels}>
        {customer.labels.slice(0, shownLabels).map((label) => (
          <span key={label} className={clsx(classes.label, classes.truncate)}>
            {label}
          </span>
        ))}
        {customer.labels.length > shownLabels && (
          <span className={clsx(classes.small, classes.dimmed)}>+{customer.labels.length - shownLabels}</span>
        )}
      </div>
    ),
  },
  {
    title: 'Created',
    width: 96,
    givesWay: 3,
    sortKey: 'createdAt',
    render: (customer) => <span className={clsx(classes.text, classes.dimmed)}>{formatDate(customer.createdAt)}</span>,
  },
];

/** Gap between columns and padding at each end of a row, in px (CustomerGrid.module.css). */
const columnGap = 12;
const rowPadding = 12;

/** The columns that fit a grid this wide, in their order, and the CSS grid template every row shares. */
export function columnsFitting(gridWidth: number): { shown: Column[]; template: string } {
  const widthOf = (list: Column[]) =>
    list.reduce((sum, column) => sum + column.width, 0) + columnGap * (list.length - 1) + rowPadding * 2;
  const givingWay = columns.filter((column) => column.givesWay).sort((a, b) => (a.givesWay ?? 0) - (b.givesWay ?? 0));
  let shown = columns;
  // Before the grid is measured (width 0) every column shows.
  for (const column of givingWay) {
    if (gridWidth === 0 || widthOf(shown) <= gridWidth) break;
    shown = shown.filter((candidate) => candidate !== column);
  }
  const template = shown
    .map((column) => (column.grow ? `minmax(${column.width}px, ${column.grow}fr)` : `${column.width}px`))
    .join(' ');
  return { shown, template };
}
