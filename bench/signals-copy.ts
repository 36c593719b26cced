import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { COPY_COLUMNS, copyRow } from './signals-data.ts';

/**
 * The raw ceiling ingestion is compared with: COPY of event rows, in one stream (psql's \copy from a file
 * written beforehand, so making the rows costs nothing in the timing), into a scratch table of the events
 * table's shape (migration 0010: monthly partitions, JSONB properties, BRIN on time, two btree indexes).
 * The table lives in its own schema (bench_copy) of the ingestion database and is emptied before each run.
 */
export async function copyCeiling(url: string, rows: number, runs: number): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists bench_copy cascade; create schema bench_copy;
      create table bench_copy.events (like public.events including defaults including constraints)
        partition by range ("time");`);
    const start = new Date();
    for (let m = -12; m <= 2; m++) {
      const from = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1));
      const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
      const name = `events_p${from.getUTCFullYear()}${String(from.getUTCMonth() + 1).padStart(2, '0')}`;
      await client.query(`create table bench_copy.${name} partition of bench_copy.events
        for values from ('${from.toISOString()}') to ('${to.toISOString()}')`);
    }
    await client.query(`create index on bench_copy.events using brin ("time");
      create index on bench_copy.events (workspace_id, name, "time");
      create index on bench_copy.events (workspace_id, person_id, "time");`);
  } finally {
    await client.end();
  }

  const file = path.join(os.tmpdir(), `tandem-bench-copy-${rows}.tsv`);
  const ws = '11111111-1111-4111-8111-111111111111';
  const src = '22222222-2222-4222-8222-222222222222';
  const out = fs.openSync(file, 'w');
  const now = Date.now();
  let chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    chunk.push(copyRow(ws, src, i, now));
    if (chunk.length === 10_000) {
      fs.writeSync(out, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) fs.writeSync(out, `${chunk.join('\n')}\n`);
  fs.closeSync(out);
  const mb = fs.statSync(file).size / 1024 / 1024;
  console.log(`  COPY file: ${rows.toLocaleString()} rows, ${mb.toFixed(0)} MB`);

  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    psql(url, 'truncate bench_copy.events');
    const t0 = performance.now();
    psql(url, `\\copy bench_copy.events (${COPY_COLUMNS.join(', ')}) from '${file}'`);
    const s = (performance.now() - t0) / 1000;
    rates.push(rows / s);
    console.log(
      `  COPY run ${r + 1}: ${rows.toLocaleString()} rows in ${s.toFixed(1)} s = ${Math.round(rows / s).toLocaleString()} rows/s`,
    );
  }
  fs.rmSync(file, { force: true });
  psql(url, 'drop schema bench_copy cascade');
  return rates;
}

function psql(url: string, command: string) {
  execFileSync('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', command], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
