import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function PositioningPage() {
  return <PageHeader title="Positioning" />;
}
