import type { Client } from './harness.ts';

/**
 * One workspace with two of every entity (so every list has a second page and a real cursor), made through
 * the API as its admin. The fuzz test sends its bad inputs to these real ids, so a bad value reaches the
 * handler's database work instead of stopping at a 404.
 */
export type Seeded = {
  workspaceId: string;
  userId: string;
  /** Real ids by the collection segment that precedes `{id}` in a path (`products`, `launches`, …). */
  ids: Record<string, string>;
  /** Values for the other path parameters (`taskId`, `linkId`, `code`, …). */
  params: Record<string, string>;
};

export async function seedWorkspace(admin: Client): Promise<Seeded> {
  const created = await admin.post('/api/v1/workspaces', { name: 'Fuzz' });
  if (created.statusCode !== 201) throw new Error(`workspace: ${created.body}`);
  const workspaceId = created.data.id as string;
  const ws = `/api/v1/workspaces/${workspaceId}`;
  const ids: Record<string, string> = {};
  const make = async (collection: string, body: (n: number) => object, url = `${ws}/${collection}`) => {
    const made: string[] = [];
    for (const n of [1, 2]) {
      const res = await admin.post(url, body(n));
      if (res.statusCode !== 201) throw new Error(`seed ${collection}: ${res.statusCode} ${res.body}`);
      made.push(res.data.id as string);
    }
    ids[collection] ??= made[0]!;
    return made as [string, string];
  };

  const [product] = await make('products', (n) => ({ name: `Fuzz product ${n}` }));
  const [customer] = await make('customers', (n) => ({ name: `Fuzz customer ${n}` }));
  await make('contacts', (n) => ({ customerId: customer, name: `Contact ${n}` }));
  const [persona] = await make('personas', (n) => ({ name: `Persona ${n}`, productIds: [product] }));
  const [feedback] = await make('feedback', (n) => ({
    text: `Feedback ${n}`,
    productId: product,
    customerId: customer,
  }));
  const [release] = await make('releases', (n) => ({
    name: `R${n}`,
    productId: product,
    targetDate: `2026-0${n}-01`,
  }));
  const [feature] = await make('features', (n) => ({
    productId: product,
    title: `Feature ${n}`,
    releaseId: release,
  }));
  const linked = await admin.post(`${ws}/features/${feature}/feedback`, { feedbackId: feedback });
  if (linked.statusCode >= 300) throw new Error(`seed link: ${linked.body}`);
  await make('comments', (n) => ({ entityType: 'feature', entityId: feature, body: `Comment ${n}` }));
  const model = await admin.post(`${ws}/scoring-models`, { productId: product, kind: 'rice' });
  if (model.statusCode !== 201) throw new Error(`seed scoring model: ${model.body}`);
  ids['scoring-models'] = model.data.id;
  const [competitor, competitor2] = await make('competitors', (n) => ({ name: `Rival ${n}` }));
  await make('battlecards', (n) => ({
    competitorId: n === 1 ? competitor : competitor2,
    productId: product,
  }));
  await make('positioning', () => ({ productId: product }));
  await make('messaging', (n) => ({ productId: product, personaId: persona, headline: `Headline ${n}` }));
  const [launch] = await make('launches', (n) => ({
    name: `Launch ${n}`,
    tier: 3,
    launchDate: `2026-0${n}-15`,
    productId: product,
  }));
  await make('release-notes', (n) => ({ releaseId: release, title: `Note ${n}` }));
  const [requirement] = await make('requirements', (n) => ({
    title: `Need ${n}`,
    problem: 'A problem',
    productId: product,
  }));
  const [program] = await make('programs', (n) => ({ name: `Program ${n}`, requirementIds: [requirement] }));
  const accepted = await admin.post(`${ws}/programs/${program}/accept`, {});
  if (accepted.statusCode !== 200) throw new Error(`seed accept: ${accepted.body}`);
  const [campaign] = await make('campaigns', (n) => ({
    programId: program,
    name: `Campaign ${n}`,
    channel: 'email',
  }));
  const [link] = await make(
    'links',
    (n) => ({ destinationUrl: `https://example.test/${n}` }),
    `${ws}/campaigns/${campaign}/links`,
  );
  const [touchpoint] = await make(
    'touchpoints',
    () => ({ stage: 'awareness', channel: 'email' }),
    `${ws}/campaigns/${campaign}/touchpoints`,
  );
  await make('affiliates', (n) => ({
    name: `Partner ${n}`,
    commissionModel: 'percentage',
    commissionValue: 10,
    referralCode: `FUZZ-${n}`,
  }));
  await make('budgets', (n) => ({ year: 2026, quarter: n, planned: 1000 }));
  await make('invitations', (n) => ({
    email: `fuzz-invitee-${n}-${workspaceId}@example.test`,
    role: 'viewer',
  }));
  const tasks = await admin.get(`${ws}/launches/${launch}/tasks`);
  const token = await admin.post('/api/v1/me/tokens', { name: 'fuzz spare' });

  ids['touchpoints'] = touchpoint;
  ids['tokens'] = token.data.id;
  return {
    workspaceId,
    userId: admin.user.id,
    ids,
    params: {
      workspaceId,
      productId: product,
      feedbackId: feedback,
      taskId: tasks.data.items[0].id,
      linkId: link,
      userId: admin.user.id,
      tier: '1',
      code: 'FUZZ-1',
    },
  };
}
