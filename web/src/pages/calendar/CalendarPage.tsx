import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function CalendarPage() {
  return <PageHeader title="Calendar" />;
}
