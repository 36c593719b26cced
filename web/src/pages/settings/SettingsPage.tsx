import { Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { useWorkspace } from '../../app/workspace';
import { PageHeader } from '../../components/States';
import { LaunchTemplates } from './LaunchTemplates';
import { Members } from './Members';
import { ScoringModels } from './ScoringModels';
import { Tokens } from './Tokens';
import { Transfer } from './Transfer';
import { WorkspaceSettings } from './WorkspaceSettings';

const TABS = [
  { value: 'workspace', label: 'Workspace' },
  { value: 'members', label: 'Members and invitations' },
  { value: 'tokens', label: 'API tokens' },
  { value: 'scoring', label: 'Scoring models' },
  { value: 'launch-templates', label: 'Launch templates' },
  { value: 'transfer', label: 'Export and import' },
] as const;

export default function SettingsPage() {
  const ws = useWorkspace();
  const navigate = useNavigate();
  const location = useLocation();
  const tab = TABS.find((t) => location.pathname.endsWith(`/settings/${t.value}`))?.value ?? 'members';
  return (
    <>
      <PageHeader title="Settings" subtitle={ws.name} />
      <Tabs value={tab} onChange={(v) => v && navigate(`/w/${ws.id}/settings/${v}`)} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="workspace">
          <WorkspaceSettings />
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <Members />
        </Tabs.Panel>
        <Tabs.Panel value="tokens">
          <Tokens />
        </Tabs.Panel>
        <Tabs.Panel value="scoring">
          <ScoringModels />
        </Tabs.Panel>
        <Tabs.Panel value="launch-templates">
          <LaunchTemplates />
        </Tabs.Panel>
        <Tabs.Panel value="transfer">
          <Transfer />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
