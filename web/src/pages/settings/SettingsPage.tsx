import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function SettingsPage() {
  return <PageHeader title="Settings" />;
}
