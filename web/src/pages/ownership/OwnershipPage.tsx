import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function OwnershipPage() {
  return <PageHeader title="Who owns what" />;
}
