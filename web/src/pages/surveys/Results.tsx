import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatNumber } from '../../app/format';
import { plural } from '../../app/plural';
import type { Band, SurveyResults } from './api';
import { BAND_COLOR, bandLabels, formatScore, SCORE_NAME } from './labels';

const BANDS: Band[] = ['promoter', 'passive', 'detractor'];
const COUNT_KEY: Record<Band, 'promoters' | 'passives' | 'detractors'> = {
  promoter: 'promoters',
  passive: 'passives',
  detractor: 'detractors',
};

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/**
 * A survey's results: the headline score with its 95 % interval and answer count, the split into promoters,
 * passives and detractors (or satisfied / neutral / dissatisfied), how many gave each score, and the score
 * over time. Every figure comes from the server (src/modules/surveys/scores.ts); nothing is recomputed here.
 */
export function Results({ results: r }: { results: SurveyResults }) {
  if (r.kind === 'open')
    return (
      <Text>
        {plural(r.answers, 'answer')} in this period. An open question has no score: read the answers below.
      </Text>
    );
  if (r.answers === 0) return <Text c="dimmed">No answers in this period yet.</Text>;
  const labels = bandLabels(r.kind);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md" role="group" aria-label="Headline score">
          <Text size="sm" c="dimmed">
            {SCORE_NAME[r.kind]}
          </Text>
          <Text fz={40} fw={700} lh={1.1} data-testid="headline-score">
            {formatScore(r.kind, r.score)}
          </Text>
          <Text size="sm" c="dimmed">
            {r.confidence
              ? `95 % interval ${formatScore(r.kind, r.confidence.low)} to ${formatScore(r.kind, r.confidence.high)} · `
              : ''}
            {plural(r.answers, 'answer')}
            {r.mean !== null ? ` · mean ${r.mean}` : ''}
          </Text>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed" mb="xs" id="bands-title">
            {labels.promoter}, {labels.passive.toLowerCase()} and {labels.detractor.toLowerCase()}
          </Text>
          <Progress.Root size={24} aria-labelledby="bands-title">
            {BANDS.map((b) => {
              const n = r[COUNT_KEY[b]];
              return n > 0 ? (
                <Progress.Section
                  key={b}
                  value={(n / r.answers) * 100}
                  color={BAND_COLOR[b]}
                  aria-label={`${labels[b]}: ${percent(n, r.answers)} %`}
                >
                  <Progress.Label>{percent(n, r.answers)} %</Progress.Label>
                </Progress.Section>
              ) : null;
            })}
          </Progress.Root>
          <Group gap="lg" mt="xs">
            {BANDS.map((b) => (
              <Group key={b} gap={6}>
                <Badge color={BAND_COLOR[b]} variant="light" size="sm">
                  {labels[b]}
                </Badge>
                <Text size="sm">
                  {formatNumber(r[COUNT_KEY[b]])} ({percent(r[COUNT_KEY[b]], r.answers)} %)
                </Text>
              </Group>
            ))}
          </Group>
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            Answers per score
          </Title>
          <BarChart
            h={220}
            data={r.distribution.map((d) => ({ score: String(d.score), Answers: d.count }))}
            dataKey="score"
            series={[{ name: 'Answers', color: 'blue.6' }]}
            aria-label="Answers per score"
            role="img"
          />
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            {SCORE_NAME[r.kind]} over time
          </Title>
          {r.series.filter((p) => p.answers > 0).length < 2 ? (
            <Text c="dimmed" size="sm">
              Not enough periods with answers to draw a line yet.
            </Text>
          ) : (
            <LineChart
              h={220}
              data={r.series.map((p) => ({ period: p.period, [SCORE_NAME[r.kind]]: p.score }))}
              dataKey="period"
              series={[{ name: SCORE_NAME[r.kind], color: 'indigo.6' }]}
              connectNulls
              aria-label={`${SCORE_NAME[r.kind]} over time`}
              role="img"
            />
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
