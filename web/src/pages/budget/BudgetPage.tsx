import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function BudgetPage() {
  return <PageHeader title="Budget" />;
}
