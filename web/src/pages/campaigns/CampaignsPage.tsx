import { PageHeader } from '../../components/States';

// PLACEHOLDER: replaced by the real screen.
export default function CampaignsPage() {
  return <PageHeader title="Campaigns" />;
}
