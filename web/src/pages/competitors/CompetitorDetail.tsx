import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function CompetitorDetail() {
  return <PageHeader title="Competitor" />;
}
