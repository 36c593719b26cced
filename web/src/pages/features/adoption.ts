import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';

/** A feature's adoption (GET /features/{id}/adoption) and its signal, with the pure pieces the panel uses. */

export const loadAdoption = (workspaceId: string, id: string, weeks: number) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/features/{id}/adoption', {
      params: { path: { workspaceId, id }, query: { weeks } },
    }),
  );
export type Adoption = Awaited<ReturnType<typeof loadAdoption>>;
export type Signal = NonNullable<Adoption['signal']>;
export type FilterValue = string | number | boolean;

/**
 * A property filter typed one `name = value` per line (or comma-separated): true/false become booleans and
 * plain numbers numbers, as analytics SDKs send them; a value in double quotes stays text. Answers the filter,
 * or the first line it cannot read.
 */
export function parseFilter(text: string): { filter: Record<string, FilterValue> } | { error: string } {
  const filter: Record<string, FilterValue> = {};
  for (const raw of text.split(/[\n,]/)) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.indexOf('=');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    if (!name) return { error: `Write each condition as name = value ("${line}").` };
    const value = line.slice(at + 1).trim();
    filter[name] = /^".*"$/.test(value)
      ? value.slice(1, -1)
      : value === 'true'
        ? true
        : value === 'false'
          ? false
          : value !== '' && Number.isFinite(Number(value))
            ? Number(value)
            : value;
  }
  return { filter };
}

/** The filter as the field shows it (the inverse of parseFilter). */
export const filterText = (filter: Record<string, FilterValue>) =>
  Object.entries(filter)
    .map(
      ([k, v]) =>
        `${k} = ${typeof v === 'string' && (/^(true|false)$/.test(v) || v.trim() === '' || Number.isFinite(Number(v))) ? `"${v}"` : String(v)}`,
    )
    .join('\n');

/** The signal in a sentence. */
export function describeSignal(signal: Adoption['signal']): string {
  if (!signal) return 'No adoption signal yet.';
  if ('flag' in signal)
    return `Feature flag “${signal.flag}” evaluated on ($feature_flag_called with a truthy response)`;
  const f = Object.entries(signal.filter);
  return f.length
    ? `Event “${signal.event}” where ${f.map(([k, v]) => `${k} = ${String(v)}`).join(' and ')}`
    : `Event “${signal.event}”`;
}

export const percent = (rate: number | null | undefined) =>
  rate == null ? '—' : `${Math.round(rate * 1000) / 10}%`;

/** Rows of the weekly chart: rates in percent (null where nobody was active), the week as a short date. */
export function chartRows(weeks: Adoption['weeks']) {
  return weeks.map((w) => ({
    week: dayjs(w.start).format('D MMM'),
    Persons: w.rate == null ? null : Math.round(w.rate * 1000) / 10,
    Customers: w.customerRate == null ? null : Math.round(w.customerRate * 1000) / 10,
  }));
}

/** The chart label of the week holding the launch date, when the chart shows it. */
export function launchWeek(weeks: Adoption['weeks'], launchDate: string | undefined): string | null {
  if (!launchDate) return null;
  const hit = weeks.find(
    (w) => w.start <= launchDate && launchDate < dayjs(w.start).add(7, 'day').format('YYYY-MM-DD'),
  );
  return hit ? dayjs(hit.start).format('D MMM') : null;
}
