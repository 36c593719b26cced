import { and, eq, inArray } from 'drizzle-orm';
import type { WsCtx } from '../core/context.ts';
import type { DealOutcome, DealReason } from '../core/enums.ts';
import { competitors } from '../modules/competitors/schema.ts';
import { customers } from '../modules/customers/schema.ts';
import { createDeals, type CustomerSegment, type DealInput } from '../modules/deals/deals.ts';
import { COMPETITORS } from './data/gtm-market.ts';
import { seededRandom } from './random.ts';

type Rival = 'lumina' | 'quantrix' | 'diy' | 'none';
type Product = 'dash' | 'pipe' | 'embed';

/** Buyers who are not customers (yet): the new logos won and lost. */
const PROSPECTS: [string, CustomerSegment][] = [
  ['Meridian Bank', 'enterprise'],
  ['Northgate Pharma', 'enterprise'],
  ['Castell Automotive', 'enterprise'],
  ['Ironbridge Utilities', 'enterprise'],
  ['Solano Hotels', 'enterprise'],
  ['Port of Westhaven', 'public_sector'],
  ['County Health Trust', 'public_sector'],
  ['Redwood Mutual', 'mid_market'],
  ['Finch & Sons Distribution', 'mid_market'],
  ['Lakeside Clinics', 'mid_market'],
  ['Trellis Software', 'mid_market'],
  ['Arcadia Travel', 'mid_market'],
  ['Beacon Robotics', 'mid_market'],
  ['Halcyon Media', 'mid_market'],
  ['Cobalt Payments', 'startup'],
  ['Loomly Labs', 'startup'],
  ['Fernway', 'startup'],
  ['Maple Street Dental', 'smb'],
  ['Hopscotch Toys', 'smb'],
  ['Kiln Coffee Roasters', 'smb'],
];

/** Who meets whom: the incumbent in enterprise, the cheap challenger in mid-market and below. */
const RIVALS: Record<CustomerSegment, (readonly [Rival, number])[]> = {
  enterprise: [
    ['lumina', 6],
    ['quantrix', 1],
    ['diy', 2],
    ['none', 1],
  ],
  public_sector: [
    ['lumina', 4],
    ['diy', 2],
    ['none', 2],
  ],
  mid_market: [
    ['quantrix', 5],
    ['lumina', 2],
    ['diy', 2],
    ['none', 1],
  ],
  startup: [
    ['diy', 4],
    ['quantrix', 3],
    ['none', 1],
  ],
  smb: [
    ['quantrix', 3],
    ['diy', 2],
    ['none', 2],
  ],
  other: [['none', 1]],
};
/** Chance of a win when a decision is made, by competitor. */
const WIN_CHANCE: Record<Rival, number> = { lumina: 0.5, quantrix: 0.42, diy: 0.62, none: 0.7 };

/** Reasons with what the rep wrote down, by competitor and outcome. */
const REASONS: Record<Rival, Record<'won' | 'lost', [DealReason, string[]][]>> = {
  lumina: {
    won: [
      [
        'product_fit',
        [
          'Metrics defined once in the semantic layer won the data team',
          'Governed metrics beat workbook sprawl',
        ],
      ],
      ['price', ['Per-seat pricing for 800 viewers was out of reach with Lumina']],
      ['ease_of_use', ['Business users built their first dashboard in the trial without help']],
    ],
    lost: [
      [
        'missing_feature',
        [
          'No pixel-perfect paginated reports for the board pack',
          'Needed row-level security on SAP sources',
          'Lacked an offline desktop authoring mode the analysts insisted on',
        ],
      ],
      ['relationship', ['Existing enterprise agreement with Lumina; CIO would not add a vendor']],
      ['integration', ['Lumina ships a certified connector to their on-premise ERP']],
    ],
  },
  quantrix: {
    won: [
      ['product_fit', ['Finance wanted one definition of revenue; Quantrix has no semantic layer']],
      ['integration', ['Our Pipelines connectors covered their on-premise Postgres and SFTP drops']],
      ['support', ['Audit trail and governance tipped the security review']],
    ],
    lost: [
      [
        'price',
        [
          'Quantrix offered 45% off the first year',
          'Came in at half our quote with a usage cap',
          'Free first year for a three-year commit',
        ],
      ],
      ['ease_of_use', ['Their onboarding wizard impressed the CFO in the first demo']],
    ],
  },
  diy: {
    won: [
      ['support', ['The data team was tired of maintaining open-source dashboards alone']],
      ['ease_of_use', ['Two engineers freed from keeping the stack running']],
    ],
    lost: [
      [
        'budget',
        [
          'No budget this year; they will keep the open-source stack',
          'Licence line item cut in the budget review',
        ],
      ],
      ['timing', ['Revisit after their warehouse migration in Q3']],
    ],
  },
  none: {
    won: [['product_fit', ['Replaced spreadsheets emailed every Monday']]],
    lost: [['timing', ['Project paused after a reorganisation']]],
  },
};

const AMOUNTS: Record<CustomerSegment, [number, number]> = {
  enterprise: [60_000, 240_000],
  public_sector: [40_000, 150_000],
  mid_market: [18_000, 70_000],
  startup: [5_000, 16_000],
  smb: [4_000, 14_000],
  other: [5_000, 20_000],
};
const PRODUCT_NAMES: Record<Product, string> = { dash: 'Dashboards', pipe: 'Pipelines', embed: 'Embedded' };

/**
 * Sixty deals closed over the last 180 days against the demo competitors, recorded through createDeals as
 * the demo's sales rep: losses on price to Quantrix, on missing features and relationships to Lumina, on
 * budget to the do-it-yourself stack; expansions won from demo customers; amounts by segment.
 */
export async function buildDealsDemo(
  ctx: WsCtx,
  options: { now: Date; productIds: Record<string, string> },
): Promise<{ deals: number }> {
  const rng = seededRandom(20_251_114);
  const rivals = await ctx.db
    .select({ id: competitors.id, name: competitors.name })
    .from(competitors)
    .where(
      and(
        eq(competitors.workspaceId, ctx.workspaceId),
        inArray(
          competitors.name,
          COMPETITORS.map((c) => c.name),
        ),
      ),
    );
  const rivalId = (r: Rival) =>
    r === 'none'
      ? null
      : (rivals.find((c) => c.name === COMPETITORS.find((k) => k.key === r)!.name)?.id ?? null);
  const ours = await ctx.db
    .select({ id: customers.id, name: customers.name, segment: customers.segment })
    .from(customers)
    .where(eq(customers.workspaceId, ctx.workspaceId));
  const COUNT = 60;
  const inputs: DealInput[] = [];
  for (let i = 0; i < COUNT; i++) {
    const expansion = rng.next() < 0.3 && ours.length > 0;
    const customer = expansion ? rng.pick(ours) : null;
    const [account, segment] = customer
      ? [customer.name, customer.segment ?? 'mid_market']
      : rng.pick(PROSPECTS);
    const rival = rng.weighted(RIVALS[segment]);
    const decided = rng.next() > 0.12;
    // An existing customer's expansion is won more often: they already trust the product.
    const outcome: DealOutcome = !decided
      ? 'no_decision'
      : rng.next() < WIN_CHANCE[rival] + (expansion ? 0.2 : 0)
        ? 'won'
        : 'lost';
    const product = rng.weighted<Product>([
      ['dash', 5],
      ['pipe', 3],
      ['embed', 1],
    ]);
    const [lo, hi] = AMOUNTS[segment];
    const amount = Math.round(rng.int(lo, hi) / 500) * 500 * (expansion ? 0.5 : 1);
    const [reason, details] =
      outcome === 'no_decision'
        ? (['timing', ['Buyer went quiet after the trial']] as [DealReason, string[]])
        : rng.pick(REASONS[rival][outcome]);
    const closed = new Date(options.now.getTime() - rng.int(1, 180) * 86_400_000);
    inputs.push({
      name: `${account} — ${PRODUCT_NAMES[product]} ${expansion ? 'expansion' : 'new logo'}`,
      ...(customer ? { customerId: customer.id } : { accountName: account, segment }),
      productId: options.productIds[product]!,
      amount,
      outcome,
      competitorId: rivalId(rival),
      reason,
      reasonDetail: rng.pick(details),
      closedOn: closed.toISOString().slice(0, 10),
      externalId: `OPP-${4100 + i}`,
    });
  }
  await createDeals(ctx, inputs);
  return { deals: COUNT };
}
