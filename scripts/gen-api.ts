/**
 * Writes the web app's API types (web/src/api/schema.gen.d.ts) from the server's OpenAPI document, so the
 * browser client never carries a hand-written copy of a request or response type.
 *   npm run gen:api            regenerate
 *   npm run gen:api -- --check fail when the committed file is out of date (CI)
 */
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';

const target = new URL('../web/src/api/schema.gen.d.ts', import.meta.url);

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ engine: 'pglite' });
  const app = await buildApp({
    database,
    config: { logLevel: 'silent', sessionDays: 30, secureCookies: false },
  });
  await app.ready();
  const doc = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  await database.close();
  return doc;
}

export async function generatedTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openApiDocument())), {
    alphabetize: true,
  });
  const header = "// Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit.\n";
  const options = (await prettier.resolveConfig(target.pathname)) ?? {};
  return prettier.format(header + astToString(ast), { ...options, parser: 'typescript' });
}

const main = async () => {
  const text = await generatedTypes();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      process.stderr.write('web/src/api/schema.gen.d.ts is out of date: run `npm run gen:api`.\n');
      process.exit(1);
    }
    process.stdout.write('web/src/api/schema.gen.d.ts is up to date.\n');
    return;
  }
  await writeFile(target, text);
  process.stdout.write(`Wrote ${target.pathname}\n`);
};

await main();
