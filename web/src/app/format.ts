import dayjs from 'dayjs';

/** How numbers, money and dates read everywhere in the app (en-US, whole dollars as budgets are planned). */

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const compactMoney = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Whole dollars, or a dash for no amount. */
export const formatMoney = (n: number | null | undefined) => (n == null ? '—' : money.format(n));
/** "$1.2M". */
export const formatCompactMoney = (n: number | null | undefined) =>
  n == null ? '—' : compactMoney.format(n);
/** Thousands separated, at most one decimal. */
export const formatNumber = (n: number | null | undefined) => (n == null ? '—' : number.format(n));
/** A signed difference: "+$1,200" over, "−$300" under. */
export const signedMoney = (amount: number) =>
  amount === 0 ? formatMoney(0) : `${amount > 0 ? '+' : '−'}${formatMoney(Math.abs(amount))}`;

export const DATE = 'D MMM YYYY';
/** 'D MMM YYYY', or a dash for no date. */
export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format(DATE) : '—');
/** A moment with its time: "3 Mar 2027, 14:05". */
export const formatDateTime = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format(`${DATE}, HH:mm`) : '—';

/** "3 Mar – 9 Apr 2027", "from 3 Mar 2027", "until …", or "No dates". */
export function formatRange(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) {
    const s = dayjs(start);
    const e = dayjs(end);
    return `${s.format(s.year() === e.year() ? 'D MMM' : DATE)} – ${e.format(DATE)}`;
  }
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return 'No dates';
}
