import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/States';
import { AttributionSettingsForm } from './AttributionSettingsForm';
import { GoalsTab } from './GoalsTab';
import { SourcesTab } from './SourcesTab';

const TABS = ['sources', 'goals', 'attribution'] as const;
type Tab = (typeof TABS)[number];

/** Market signals setup: where events come from, what counts as a conversion, and how it is credited. */
export default function SignalsPage() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'sources';
  return (
    <>
      <PageHeader
        title="Market signals"
        subtitle="Where events come from, which of them are conversions, and how conversions are credited to campaigns."
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'sources' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="sources">Sources</Tabs.Tab>
          <Tabs.Tab value="goals">Conversion goals</Tabs.Tab>
          <Tabs.Tab value="attribution">Attribution</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sources">
          <SourcesTab />
        </Tabs.Panel>
        <Tabs.Panel value="goals">
          <GoalsTab />
        </Tabs.Panel>
        <Tabs.Panel value="attribution">
          <AttributionSettingsForm />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
