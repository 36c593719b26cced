import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function HomePage() {
  return <PageHeader title="Home" />;
}
