import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function HandoffBoard() {
  return <PageHeader title="Requirements & programs" />;
}
