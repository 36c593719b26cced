import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function LaunchesPage() {
  return <PageHeader title="Launches" />;
}
