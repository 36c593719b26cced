import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function RoadmapPage() {
  return <PageHeader title="Roadmap" />;
}
