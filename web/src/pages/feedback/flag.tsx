import { Badge } from '@mantine/core';

/**
 * The inbox flag the survey loop sets: a detractor's comment from a customer with revenue. Read by name
 * until the generated API types carry `flag` (the surveys API adds it to feedback items and the list filter).
 */
export const REVENUE_DETRACTOR = 'revenue_detractor' as const;

export const isRevenueDetractor = (item: object) =>
  (item as { flag?: string | null }).flag === REVENUE_DETRACTOR;

export function RevenueDetractorBadge({ item, size = 'sm' }: { item: object; size?: 'xs' | 'sm' | 'md' }) {
  if (!isRevenueDetractor(item)) return null;
  return (
    <Badge size={size} color="red" variant="filled" component="span">
      Detractor · customer with revenue
    </Badge>
  );
}
