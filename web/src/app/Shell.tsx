import {
  AppShell,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Select,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Spinner } from '../components/States';
import { NotificationBell } from './notifications';
import { roleLabel } from './roles';
import { type Me, useSignOut } from './session';
import { type Artefact, mayRead, useWorkspace } from './workspace';

/** `read`: shown only to roles that may read that artefact (the matrix names its readers). */
type Item = { to: string; label: string; read?: Artefact };
const SECTIONS: { title: string; items: Item[] }[] = [
  {
    title: 'Overview',
    items: [
      { to: '', label: 'Home' },
      { to: 'inbox', label: 'Inbox' },
      { to: 'metrics', label: 'Metrics' },
    ],
  },
  {
    title: 'Product management',
    items: [
      { to: 'dashboards/product-management', label: 'Dashboard' },
      { to: 'feedback', label: 'Feedback' },
      { to: 'features', label: 'Features' },
      { to: 'roadmap', label: 'Roadmap' },
      { to: 'products', label: 'Products' },
      { to: 'releases', label: 'Releases' },
      { to: 'customers', label: 'Customers' },
    ],
  },
  {
    title: 'Product marketing',
    items: [
      { to: 'dashboards/product-marketing', label: 'Dashboard' },
      { to: 'personas', label: 'Personas' },
      { to: 'competitors', label: 'Competitors' },
      { to: 'deals', label: 'Win / loss' },
      { to: 'positioning', label: 'Positioning' },
      { to: 'messaging', label: 'Messaging' },
      { to: 'launches', label: 'Launches' },
      { to: 'release-notes', label: 'Release notes' },
      { to: 'surveys', label: 'Surveys', read: 'survey' },
    ],
  },
  {
    title: 'Marketing',
    items: [
      { to: 'dashboards/marketing', label: 'Dashboard' },
      { to: 'handoff', label: 'Requirements & programs' },
      { to: 'campaigns', label: 'Campaigns' },
      { to: 'calendar', label: 'Calendar' },
      { to: 'budget', label: 'Budget' },
      { to: 'partners', label: 'Partners' },
      { to: 'signals', label: 'Market signals' },
    ],
  },
  {
    title: 'Workspace',
    items: [
      { to: 'ownership', label: 'Who owns what' },
      { to: 'settings', label: 'Settings' },
    ],
  },
];

export function Shell({ me }: { me: Me }) {
  const ws = useWorkspace();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const base = `/w/${ws.id}`;
  const here = location.pathname.replace(base, '').replace(/^\//, '');
  const active = (to: string) => (to === '' ? here === '' : here === to || here.startsWith(`${to}/`));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text
              component={Link}
              to={base}
              fw={800}
              size="lg"
              c="indigo.7"
              style={{ textDecoration: 'none' }}
            >
              Tandem
            </Text>
            <Select
              aria-label="Workspace"
              size="xs"
              w={220}
              allowDeselect={false}
              value={ws.id}
              data={me.workspaces.map((w) => ({ value: w.id, label: w.name }))}
              onChange={(id) => id && navigate(`/w/${id}`)}
            />
          </Group>
          {/* The auto margin keeps the bell beside the account menu, not midway between. */}
          <div style={{ marginLeft: 'auto' }}>
            <NotificationBell me={me} workspaceId={ws.id} />
          </div>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton title="Account menu">
                <Text size="sm" fw={600}>
                  {me.user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {roleLabel(ws.role)}
                </Text>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{me.user.email}</Menu.Label>
              <Menu.Item component={Link} to={`${base}/settings/tokens`}>
                API tokens
              </Menu.Item>
              <Menu.Item component={Link} to="/workspaces/new">
                New workspace
              </Menu.Item>
              <Menu.Item
                color="red"
                onClick={async () => {
                  await signOut();
                  navigate('/login');
                }}
              >
                Sign out
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <ScrollArea>
          {SECTIONS.map((section) => (
            <div key={section.title}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
                {section.title}
              </Text>
              {section.items
                .filter((item) => !item.read || mayRead(ws.ownership, ws.role, item.read))
                .map((item) => (
                  <NavLink
                    key={item.to}
                    component={Link}
                    to={item.to ? `${base}/${item.to}` : base}
                    label={item.label}
                    active={active(item.to)}
                    onClick={close}
                    aria-current={active(item.to) ? 'page' : undefined}
                  />
                ))}
            </div>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
