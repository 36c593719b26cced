import { SegmentedControl, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useReleases } from '../../app/lookups';
import { Empty, Loading, PageHeader } from '../../components/States';
import { WhoCan } from '../products/CatalogActions';
import { NewReleaseButton } from './NewReleaseButton';
import { ReleaseTable } from './ReleaseTable';

const VIEWS = [
  { value: 'open', label: 'Open' },
  { value: 'released', label: 'Released' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'all', label: 'All' },
] as const;
type View = (typeof VIEWS)[number]['value'];

const inView = (view: View, status: string) =>
  view === 'all' || (view === 'open' ? status === 'planned' || status === 'in_progress' : status === view);

/** Every release by target date, with its product, status and load against capacity. */
export default function ReleasesPage() {
  const releases = useReleases();
  const [params, setParams] = useSearchParams();
  const view = (VIEWS.find((v) => v.value === params.get('view'))?.value ?? 'open') as View;
  const setView = (v: string) =>
    setParams(
      (p) => {
        if (v === 'open') p.delete('view');
        else p.set('view', v);
        return p;
      },
      { replace: true },
    );
  return (
    <Stack>
      <PageHeader
        title="Releases"
        subtitle="What ships when: target dates, capacity and the release workflow. Features are planned into them."
        actions={<NewReleaseButton />}
      />
      <Loading query={releases} label="Loading releases">
        {(data) => {
          if (data.items.length === 0)
            return (
              <Empty
                title="No releases yet"
                action={
                  <Stack align="center" gap={6}>
                    <NewReleaseButton>Plan the first release</NewReleaseButton>
                    <WhoCan artefact="release" action="create" what="plan one" />
                  </Stack>
                }
              >
                A release groups the features that ship together. Give it a target date and a capacity; it can
                belong to a product, to a whole product line, or span products.
              </Empty>
            );
          const shown = data.items.filter((r) => inView(view, r.status));
          return (
            <Stack gap="sm">
              <SegmentedControl
                aria-label="Releases to show"
                data={[...VIEWS]}
                value={view}
                onChange={setView}
                w="fit-content"
              />
              {shown.length === 0 ? (
                <Empty title={`No ${VIEWS.find((v) => v.value === view)!.label.toLowerCase()} release`}>
                  Choose another view to see the other releases.
                </Empty>
              ) : (
                <ReleaseTable releases={shown} label="Releases" />
              )}
            </Stack>
          );
        }}
      </Loading>
    </Stack>
  );
}
