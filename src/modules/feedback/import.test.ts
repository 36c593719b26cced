import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { feedback } from './schema.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
  make = factories(env, team);
});
afterAll(() => env.close());

const importCsv = (csv: string, dryRun?: boolean, client = team.sales) =>
  client.post(`${team.ws}/feedback/import`, { csv, ...(dryRun === undefined ? {} : { dryRun }) });
const stored = () =>
  env.database.db.select().from(feedback).where(eq(feedback.workspaceId, team.workspaceId));

describe('feedback CSV import', () => {
  it('imports valid rows and reports the others by data row and column', async () => {
    const productId = (await make.product({ name: 'Reporting' })).id;
    const globex = await make.customer({ name: 'Globex', externalId: 'crm-42' });
    const initech = await make.customer({ name: 'Initech' });
    const contactId = (await make.contact({ customerId: initech.id, email: 'pat@initech.example' })).id;
    const csv = [
      'Text,Title,Source,Sentiment,Tags,Customer,Contact_Email,Product,Created_At',
      'Exports time out,Exports,support,negative,Export; PERF|export,crm-42,,reporting,2025-06-01T10:00:00Z',
      '"Needs, commas ""quoted""",,,,,initech,pat@initech.example,,',
      ',No text,email,,,,,,',
      'Bad things,,pigeon,angry,,Nobody Inc,,Missing product,yesterday',
      '',
      'Contact only,,,,,,PAT@initech.example,,2025-01-02',
    ].join('\n');
    const before = (await stored()).length;
    const res = await importCsv(csv);
    expect(res.statusCode).toBe(200);
    expect(res.data.imported).toBe(3);
    expect(res.data.rejected).toMatchObject([
      { row: 3, errors: [{ column: 'text', message: 'Text is required' }] },
      {
        row: 4,
        errors: [
          { column: 'source', message: expect.stringContaining('pigeon') },
          { column: 'sentiment', message: expect.stringContaining('angry') },
          { column: 'customer', message: expect.stringContaining('Nobody Inc') },
          { column: 'product', message: expect.stringContaining('Missing product') },
          { column: 'created_at', message: expect.stringContaining('ISO') },
        ],
      },
    ]);
    const rows = (await stored()).slice(before);
    expect(rows).toHaveLength(3);
    const first = rows.find((r) => r.title === 'Exports')!;
    expect(first).toMatchObject({
      source: 'support',
      sentiment: 'negative',
      tags: ['export', 'perf'],
      customerId: globex.id,
      productId,
    });
    expect(first.createdAt.toISOString()).toBe('2025-06-01T10:00:00.000Z');
    const quoted = rows.find((r) => r.text.startsWith('Needs'))!;
    expect(quoted).toMatchObject({
      text: 'Needs, commas "quoted"',
      source: 'other',
      customerId: initech.id,
      contactId,
    });
    expect(rows.find((r) => r.text === 'Contact only')).toMatchObject({ customerId: initech.id, contactId });
    const search = await team.viewer.get(`${team.ws}/feedback?q=export`);
    expect(search.data.items.map((i: { id: string }) => i.id)).toContain(first.id);
  });

  it('sets the buyer persona by name, case-insensitively, and rejects an unknown one', async () => {
    const cfo = await team.product_marketer.post(`${team.ws}/personas`, { name: 'CFO', title: 'Finance' });
    const csv = ['text,persona', 'Budget view please,cfo', 'Who is this,Astronaut', 'No persona,'].join('\n');
    const before = (await stored()).length;
    const res = await importCsv(csv);
    expect(res.data.imported).toBe(2);
    expect(res.data.rejected).toMatchObject([
      { row: 2, errors: [{ column: 'persona', message: 'No persona named "Astronaut"' }] },
    ]);
    const rows = await stored();
    expect(rows.length).toBe(before + 2);
    expect(rows.find((r) => r.text === 'Budget view please')!.personaId).toBe(cfo.data.id);
    expect(rows.find((r) => r.text === 'No persona')!.personaId).toBeNull();
  });

  it('writes nothing on a dry run, and refuses text that is not a usable CSV', async () => {
    const before = (await stored()).length;
    const dry = await importCsv('text\nfirst\nsecond\n', true);
    expect(dry.data).toEqual({ imported: 2, columns: ['text'], rejected: [] });
    for (const bad of ['text\n"unterminated', 'title,comment\nx,y', 'text,colour\nx,red']) {
      const res = await importCsv(bad);
      expect(res.statusCode, bad).toBe(422);
    }
    expect((await importCsv('text\nok', undefined, team.viewer)).statusCode).toBe(403);
    expect(
      (await team.sales.post(`${team.ws}/feedback/import`, { csv: 'text\nok', extra: 1 })).statusCode,
    ).toBe(400);
    expect((await stored()).length).toBe(before);
  });

  it('lets every role but viewer import', async () => {
    for (const role of ALL_ROLES) {
      const res = await importCsv(`text\nfrom ${role}`, undefined, team[role]);
      expect(res.statusCode, role).toBe(role === 'viewer' ? 403 : 200);
    }
  });

  it('refuses an ambiguous customer name and a contact of another customer', async () => {
    await make.customer({ name: 'Twin' });
    await make.customer({ name: 'twin' });
    const a = await make.customer({ name: 'Alpha Co' });
    await make.contact({ customerId: a.id, email: 'al@alpha.example' });
    await make.customer({ name: 'Beta Co' });
    const res = await importCsv('text,customer,contact_email\nx,Twin,\ny,Beta Co,al@alpha.example');
    expect(res.data.imported).toBe(0);
    expect(res.data.rejected).toMatchObject([
      { row: 1, errors: [{ column: 'customer', message: expect.stringContaining('Several customers') }] },
      {
        row: 2,
        errors: [{ column: 'contact_email', message: expect.stringContaining('not a contact of Beta Co') }],
      },
    ]);
  });

  it('gives back the header and each rejected row as read, so the browser can offer them for download', async () => {
    const csv = [' Text ,Source,Tags', 'Fine,email,', 'Wrong source,"pigeon, carrier",a;b', ',email,'].join(
      '\r\n',
    );
    const res = await importCsv(csv, true);
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({
      imported: 1,
      columns: ['text', 'source', 'tags'],
      rejected: [
        {
          row: 2,
          errors: [{ column: 'source', message: expect.stringContaining('pigeon') }],
          values: { text: 'Wrong source', source: 'pigeon, carrier', tags: 'a;b' },
        },
        {
          row: 3,
          errors: [{ column: 'text', message: 'Text is required' }],
          values: { text: '', source: 'email', tags: '' },
        },
      ],
    });
  });

  it('answers a file that is not text, or too long, with a 4xx naming the field', async () => {
    const before = (await stored()).length;
    const binary = await importCsv('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR');
    expect(binary.statusCode).toBe(400);
    expect(JSON.stringify(binary.data)).toContain('csv');
    const long = await importCsv(`text\n${'x'.repeat(5_000_001)}`);
    expect(long.statusCode).toBe(400);
    expect(long.data.errors[0].path).toContain('csv');
    expect((await stored()).length).toBe(before);
  });
});
