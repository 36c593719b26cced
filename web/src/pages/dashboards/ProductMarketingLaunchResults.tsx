import { Stack, Table } from '@mantine/core';
import dayjs from 'dayjs';
import { formatDate, formatNumber } from '../../app/format';
import { Loading } from '../../components/States';
import { EntityLink, Kpi, KpiGrid, NoData, Panel } from './DashboardCards';
import { percent, signed, useProductMarketing } from './product-dashboards';

/** Results can cover at most two years (the server's limit). */
const MAX_DAYS = 730;

/**
 * A launch's own results, read from the product marketing dashboard filtered to the launch (so both show the
 * same figures): reach and conversions from its campaigns since its date, its features' adoption in the four
 * weeks either side of it, and the NPS of answers about it.
 */
export function LaunchResults({ launchId, launchDate }: { launchId: string; launchDate: string }) {
  const today = dayjs().format('YYYY-MM-DD');
  const earliest = dayjs().subtract(MAX_DAYS, 'day').format('YYYY-MM-DD');
  const from = launchDate < earliest ? earliest : launchDate;
  const started = launchDate <= today;
  const dashboard = useProductMarketing(
    { from: started ? from : today, to: today, compare: false },
    { launchId },
  );
  if (!started)
    return (
      <Panel title="Results">
        <NoData>Results start on the launch date, {formatDate(launchDate)}.</NoData>
      </Panel>
    );
  return (
    <Loading query={dashboard} label="Loading the launch’s results">
      {(d) => {
        const l = d.launches.find((x) => x.id === launchId);
        const nps = d.surveys?.nps.current;
        return (
          <Panel
            title="Results"
            description={`Since the launch: ${formatDate(d.from)} – ${formatDate(d.to)}. Reach and conversions from the campaigns of the programs answering its requirements; adoption of its release’s shipped features in the 4 weeks before its date against the 4 weeks from it.`}
          >
            <KpiGrid>
              <Kpi
                label="Reach"
                value={formatNumber(l?.visitors ?? 0)}
                hint={`visitors in ${formatNumber(l?.visits ?? 0)} visits`}
              />
              <Kpi
                label="Conversions"
                value={formatNumber(l?.conversions ?? 0)}
                hint={`${percent(l?.conversionRate)} of visitors`}
              />
              <Kpi
                label="Adoption before → after"
                value={
                  l && l.adoption.features.length
                    ? `${percent(l.adoption.before)} → ${percent(l.adoption.after)}`
                    : '—'
                }
                hint={
                  l && l.adoption.features.length
                    ? 'Mean over its features'
                    : 'No shipped feature of its release has an adoption signal'
                }
              />
              <Kpi
                label="NPS about this launch"
                value={nps ? signed(nps.score) : '—'}
                hint={nps ? `${nps.answers} answers` : (d.surveysHidden ?? undefined)}
              />
            </KpiGrid>
            {l && l.adoption.features.length > 0 && <FeatureTable features={l.adoption.features} />}
          </Panel>
        );
      }}
    </Loading>
  );
}

function FeatureTable({
  features,
}: {
  features: { id: string; title: string; before: number | null; after: number | null }[];
}) {
  return (
    <Stack gap={4}>
      <Table fz="sm" aria-label="Adoption of the launch’s features">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Feature</Table.Th>
            <Table.Th scope="col">4 weeks before</Table.Th>
            <Table.Th scope="col">4 weeks from the launch</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {features.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <EntityLink kind="feature" id={f.id}>
                  {f.title}
                </EntityLink>
              </Table.Td>
              <Table.Td>{percent(f.before)}</Table.Td>
              <Table.Td>{percent(f.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
