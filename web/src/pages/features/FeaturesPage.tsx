import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function FeaturesPage() {
  return <PageHeader title="Features" />;
}
