import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function ReleaseNotesPage() {
  return <PageHeader title="Release notes" />;
}
