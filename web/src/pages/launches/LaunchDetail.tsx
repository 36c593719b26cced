import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function LaunchDetail() {
  return <PageHeader title="Launch" />;
}
