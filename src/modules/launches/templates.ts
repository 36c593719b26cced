import type { TaskRole } from '../../core/enums.ts';
import type { TemplateTask } from './schema.ts';

export type Tier = 1 | 2 | 3;
export const TIERS: readonly Tier[] = [1, 2, 3];

const t = (ownerRole: TaskRole, offsetDays: number, title: string, description = ''): TemplateTask => ({
  title,
  description,
  ownerRole,
  offsetDays,
});
const PM = 'product_manager';
const PMM = 'product_marketer';
const MKT = 'marketer';
const SALES = 'sales';

/**
 * The built-in task lists per tier, used until a workspace saves its own. Offsets are days from the
 * launch date (negative: before it). Tier 1 is a major launch with the whole company behind it; tier 2 a
 * notable feature with a focused push; tier 3 an improvement announced in the usual channels.
 */
export const DEFAULT_TEMPLATES: Record<Tier, TemplateTask[]> = {
  1: [
    t(PM, -60, 'Confirm scope and date of the release', 'Freeze the features the launch will announce.'),
    t(PMM, -56, 'Define launch goals and success metrics'),
    t(
      PMM,
      -50,
      'Review positioning for the release',
      'Update and approve the product positioning if it moves.',
    ),
    t(
      PMM,
      -45,
      'Write messaging per persona',
      'Headline, value proposition, pillars with proof, boilerplates.',
    ),
    t(PMM, -42, 'File go-to-market requirements for marketing', 'Problems and audiences, not solutions.'),
    t(MKT, -38, 'Propose programs answering the requirements'),
    t(PM, -35, 'Demo environment and beta customers ready'),
    t(PMM, -35, 'Line up customer references and quotes'),
    t(PMM, -30, 'Update competitive battlecards'),
    t(MKT, -30, 'Brief the design team on launch assets'),
    t(PMM, -28, 'Analyst briefings'),
    t(MKT, -25, 'Landing page and launch video'),
    t(MKT, -21, 'Press release drafted and approved'),
    t(PMM, -21, 'Sales deck and product one-pager'),
    t(SALES, -14, 'Sales training on the launch', 'Pitch, demo, objection handling, pricing.'),
    t(PM, -14, 'Support documentation and help-centre articles'),
    t(MKT, -14, 'Launch email and nurture sequence scheduled'),
    t(MKT, -10, 'Paid search and paid social campaigns ready'),
    t(PMM, -7, 'Release notes written'),
    t(SALES, -7, 'Outreach list of target accounts'),
    t(MKT, -5, 'Social media plan and posts scheduled'),
    t(PM, -3, 'Go / no-go review'),
    t(MKT, 0, 'Publish landing page, press release and launch email'),
    t(PMM, 0, 'Publish release notes'),
    t(SALES, 3, 'First customer calls on the launch'),
    t(MKT, 7, 'Launch webinar'),
    t(PMM, 14, 'Collect win/loss feedback from sales'),
    t(PM, 30, 'Adoption review of the launched features'),
    t(PMM, 30, 'Post-launch review against the goals'),
  ],
  2: [
    t(PM, -30, 'Confirm scope and date of the release'),
    t(PMM, -28, 'Define launch goals'),
    t(PMM, -21, 'Messaging for the primary persona'),
    t(PMM, -21, 'File go-to-market requirements for marketing'),
    t(MKT, -18, 'Propose a program answering the requirements'),
    t(PMM, -14, 'Update battlecards touched by the release'),
    t(SALES, -7, 'Sales briefing'),
    t(PM, -7, 'Support documentation'),
    t(PMM, -5, 'Release notes written'),
    t(MKT, -3, 'Launch email and blog post scheduled'),
    t(MKT, 0, 'Publish blog post and email'),
    t(PMM, 21, 'Post-launch review'),
  ],
  3: [
    t(PM, -10, 'Confirm what ships'),
    t(PMM, -5, 'Release notes written'),
    t(PM, -3, 'Support documentation updated'),
    t(MKT, 0, 'In-product announcement and changelog post'),
    t(SALES, 2, 'Share the change with account owners'),
  ],
};
