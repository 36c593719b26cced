import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function CompetitorsPage() {
  return <PageHeader title="Competitors" />;
}
