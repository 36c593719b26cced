import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function MessagingPage() {
  return <PageHeader title="Messaging" />;
}
