import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { type Me, useMe } from './app/session';
import { Shell } from './app/Shell';
import { useOwnership, WorkspaceProvider, type Role } from './app/workspace';
import { NotFound, WorkspaceNotFound } from './components/NotFound';
import { Empty, ErrorNote, Spinner } from './components/States';
import { LoginPage, NewWorkspacePage, SignupPage } from './pages/auth/AuthPages';
import { AcceptInvitationPage } from './pages/auth/AcceptInvitation';

// Every screen is its own chunk: the first load carries only the shell.
const pages = {
  home: lazy(() => import('./pages/home/HomePage')),
  feedback: lazy(() => import('./pages/feedback/FeedbackInbox')),
  feedbackDetail: lazy(() => import('./pages/feedback/FeedbackDetail')),
  features: lazy(() => import('./pages/features/FeaturesPage')),
  featureDetail: lazy(() => import('./pages/features/FeatureDetail')),
  roadmap: lazy(() => import('./pages/roadmap/RoadmapPage')),
  products: lazy(() => import('./pages/products/ProductsPage')),
  productDetail: lazy(() => import('./pages/products/ProductDetail')),
  releases: lazy(() => import('./pages/releases/ReleasesPage')),
  releaseDetail: lazy(() => import('./pages/releases/ReleaseDetail')),
  personas: lazy(() => import('./pages/personas/PersonasPage')),
  competitors: lazy(() => import('./pages/competitors/CompetitorsPage')),
  competitorDetail: lazy(() => import('./pages/competitors/CompetitorDetail')),
  deals: lazy(() => import('./pages/deals/DealsPage')),
  positioning: lazy(() => import('./pages/positioning/PositioningPage')),
  messaging: lazy(() => import('./pages/messaging/MessagingPage')),
  releaseNotes: lazy(() => import('./pages/release-notes/ReleaseNotesPage')),
  launches: lazy(() => import('./pages/launches/LaunchesPage')),
  launchDetail: lazy(() => import('./pages/launches/LaunchDetail')),
  handoff: lazy(() => import('./pages/handoff/HandoffBoard')),
  campaigns: lazy(() => import('./pages/campaigns/CampaignsPage')),
  campaignDetail: lazy(() => import('./pages/campaigns/CampaignDetail')),
  calendar: lazy(() => import('./pages/calendar/CalendarPage')),
  budget: lazy(() => import('./pages/budget/BudgetPage')),
  ownership: lazy(() => import('./pages/ownership/OwnershipPage')),
  settings: lazy(() => import('./pages/settings/SettingsPage')),
  signals: lazy(() => import('./pages/signals/SignalsPage')),
  sourceDetail: lazy(() => import('./pages/signals/SourceDetail')),
  customers: lazy(() => import('./pages/customers/CustomersPage')),
  customerDetail: lazy(() => import('./pages/customers/CustomerDetail')),
  partners: lazy(() => import('./pages/partners/PartnersPage')),
  inbox: lazy(() => import('./pages/inbox/InboxPage')),
  marketingDashboard: lazy(() => import('./pages/dashboards/MarketingDashboard')),
  productMarketingDashboard: lazy(() => import('./pages/dashboards/ProductMarketingDashboard')),
  productManagementDashboard: lazy(() => import('./pages/dashboards/ProductManagementDashboard')),
  surveys: lazy(() => import('./pages/surveys/SurveysPage')),
  surveyDetail: lazy(() => import('./pages/surveys/SurveyDetail')),
  metrics: lazy(() => import('./pages/metrics/MetricsPage')),
  metricDetail: lazy(() => import('./pages/metrics/MetricDetail')),
};

function RequireMe(props: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spinner />;
  if (me.isError) return <ErrorNote error={me.error} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{props.children(me.data)}</>;
}

function FirstWorkspace({ me }: { me: Me }) {
  if (me.invitations.length && !me.workspaces.length) return <Navigate to="/invitations" replace />;
  const first = me.workspaces[0];
  return first ? <Navigate to={`/w/${first.id}`} replace /> : <Navigate to="/workspaces/new" replace />;
}

function WorkspaceLayout({ me, workspaceId: given }: { me: Me; workspaceId?: string }) {
  const params = useParams();
  const workspaceId = given ?? params.workspaceId;
  const ownership = useOwnership();
  const membership = me.workspaces.find((w) => w.id === workspaceId);
  if (!membership)
    return (
      <Empty title="Workspace not found">
        You are not a member of this workspace. Ask one of its admins to invite you.
      </Empty>
    );
  if (ownership.isPending) return <Spinner />;
  if (ownership.isError) return <ErrorNote error={ownership.error} />;
  return (
    <WorkspaceProvider
      value={{
        id: membership.id,
        name: membership.name,
        role: membership.role as Role,
        ownership: ownership.data,
      }}
    >
      <Shell me={me} />
    </WorkspaceProvider>
  );
}

/** The frame of a page not found: the first workspace's shell when signed in, else the page alone. */
function NotFoundFrame() {
  const me = useMe();
  if (me.isPending) return <Spinner />;
  const first = me.data?.workspaces[0];
  if (me.data && first) return <WorkspaceLayout me={me.data} workspaceId={first.id} />;
  return <NotFound home="/" homeLabel={me.data ? 'your workspaces' : 'sign in'} />;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignupPage />} />
        <Route path="/" element={<RequireMe>{(me) => <FirstWorkspace me={me} />}</RequireMe>} />
        <Route
          path="/invitations"
          element={<RequireMe>{(me) => <AcceptInvitationPage me={me} />}</RequireMe>}
        />
        <Route path="/workspaces/new" element={<RequireMe>{() => <NewWorkspacePage />}</RequireMe>} />
        <Route path="/w/:workspaceId" element={<RequireMe>{(me) => <WorkspaceLayout me={me} />}</RequireMe>}>
          <Route index element={<pages.home />} />
          <Route path="feedback" element={<pages.feedback />} />
          <Route path="feedback/:id" element={<pages.feedbackDetail />} />
          <Route path="features" element={<pages.features />} />
          <Route path="features/:id" element={<pages.featureDetail />} />
          <Route path="roadmap" element={<pages.roadmap />} />
          <Route path="products" element={<pages.products />} />
          <Route path="products/:id" element={<pages.productDetail />} />
          <Route path="releases" element={<pages.releases />} />
          <Route path="releases/:id" element={<pages.releaseDetail />} />
          <Route path="personas" element={<pages.personas />} />
          <Route path="competitors" element={<pages.competitors />} />
          <Route path="competitors/:id" element={<pages.competitorDetail />} />
          <Route path="deals" element={<pages.deals />} />
          <Route path="positioning" element={<pages.positioning />} />
          <Route path="messaging" element={<pages.messaging />} />
          <Route path="release-notes" element={<pages.releaseNotes />} />
          <Route path="launches" element={<pages.launches />} />
          <Route path="launches/:id" element={<pages.launchDetail />} />
          <Route path="handoff" element={<pages.handoff />} />
          <Route path="campaigns" element={<pages.campaigns />} />
          <Route path="campaigns/:id" element={<pages.campaignDetail />} />
          <Route path="calendar" element={<pages.calendar />} />
          <Route path="budget" element={<pages.budget />} />
          <Route path="ownership" element={<pages.ownership />} />
          <Route path="settings/*" element={<pages.settings />} />
          <Route path="signals" element={<pages.signals />} />
          <Route path="signals/sources/:sourceId" element={<pages.sourceDetail />} />
          <Route path="customers" element={<pages.customers />} />
          <Route path="customers/:id" element={<pages.customerDetail />} />
          <Route path="partners" element={<pages.partners />} />
          <Route path="inbox" element={<pages.inbox />} />
          <Route path="dashboards/marketing" element={<pages.marketingDashboard />} />
          <Route path="dashboards/product-marketing" element={<pages.productMarketingDashboard />} />
          <Route path="dashboards/product-management" element={<pages.productManagementDashboard />} />
          <Route path="surveys" element={<pages.surveys />} />
          <Route path="surveys/:id" element={<pages.surveyDetail />} />
          <Route path="metrics" element={<pages.metrics />} />
          <Route path="metrics/:metricId" element={<pages.metricDetail />} />
          <Route path="*" element={<WorkspaceNotFound />} />
        </Route>
        {/* Any other address: inside the first workspace's frame when signed in, with a way home. */}
        <Route element={<NotFoundFrame />}>
          <Route path="*" element={<WorkspaceNotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
