import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function PersonasPage() {
  return <PageHeader title="Personas" />;
}
