import { Group, Select, Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { ReadOnlyNote } from '../../components/Guarded';
import { PageHeader } from '../../components/States';
import { optionsOf, useProducts } from '../../app/lookups';
import { HorizonBoard } from './HorizonBoard';
import { StatusBoard } from './StatusBoard';
import { Timeline } from './Timeline';

const TABS = ['timeline', 'horizons', 'status'] as const;
type Tab = (typeof TABS)[number];

/** The roadmap three ways: releases on a timeline, now / next / later, and the workflow board. */
export default function RoadmapPage() {
  const products = useProducts();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('view') as Tab) ? (params.get('view') as Tab) : 'timeline';
  const productId = params.get('product');
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <PageHeader
        title="Roadmap"
        subtitle="What ships when, and what comes next."
        actions={
          <Select
            label="Product"
            placeholder="All products"
            clearable
            data={optionsOf(products.data)}
            value={productId}
            onChange={(v) => set('product', v)}
            w={240}
          />
        }
      />
      <Tabs value={tab} onChange={(v) => set('view', v === 'timeline' ? null : v)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="horizons">Now / Next / Later</Tabs.Tab>
          <Tabs.Tab value="status">Status board</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline">
          <Timeline productId={productId} />
        </Tabs.Panel>
        <Tabs.Panel value="horizons">
          <Stack gap="sm">
            <ReadOnlyNote artefact="feature" />
            <HorizonBoard productId={productId} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="status">
          <Stack gap="sm">
            <Group>
              <ReadOnlyNote artefact="feature" />
            </Group>
            <StatusBoard productId={productId} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
