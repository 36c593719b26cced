import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function FeedbackDetail() {
  return <PageHeader title="Feedback" />;
}
