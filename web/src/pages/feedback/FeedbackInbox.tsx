import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function FeedbackInbox() {
  return <PageHeader title="Feedback" />;
}
