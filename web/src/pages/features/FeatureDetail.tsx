import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function FeatureDetail() {
  return <PageHeader title="Feature" />;
}
