import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function CampaignDetail() {
  return <PageHeader title="Campaign" />;
}
