// The `kg` command line.
import path from 'node:path';
import { Command } from 'commander';
import { closeDriver } from '../graph/driver.ts';
import { start as startLocal, stop as stopLocal, status as localStatus, browserLogin, PROJECT_ROOT, ServerError } from '../graph/server/local.ts';
import { isConfigured } from '../graph/driver.ts';
import { ingest, type IngestSummary } from '../graph/ingest.ts';
import { graphCounts } from '../graph/read.ts';
import { connect, ConnectError } from './connect.ts';
import { progress } from './progress.ts';
import { exitStatus, messageLine } from './report.ts';
import { registerExtract } from './extract.ts';
import { registerUse } from './use.ts';
import { wholeNumber } from './options.ts';

const program = new Command();
program
  .name('kg')
  .description('Corporate announcements (HKEX notices, SEC 6-K/8-K filings) into a cited knowledge graph in Neo4j.')
  .showHelpAfterError()
  .version('0.1.0');

function printSummary(summary: IngestSummary): void {
  const out = process.stderr;
  out.write(
    `\n${summary.loaded} loaded, ${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.facts} facts, ${summary.writes} graph writes in ${summary.seconds.toFixed(1)} s\n`,
  );
  const failed = summary.outcomes.filter((o) => !o.ok);
  if (failed.length) {
    out.write('Failed files:\n');
    for (const f of failed) out.write(`  ${messageLine(f.file, f.messages.find((m) => m.fatal)!)}\n`);
  }
}

async function printCounts(json = false): Promise<void> {
  const { driver, config } = await connect({ startLocal: false });
  const counts = await graphCounts(driver, config.database);
  if (json) {
    process.stdout.write(JSON.stringify({ nodes: counts.labels, relationships: counts.relationships }, null, 2) + '\n');
    return;
  }
  process.stdout.write('Nodes by label:\n');
  for (const [k, v] of Object.entries(counts.labels)) process.stdout.write(`  ${k.padEnd(22)} ${v}\n`);
  process.stdout.write('Relationships by type:\n');
  for (const [k, v] of Object.entries(counts.relationships)) process.stdout.write(`  ${k.padEnd(22)} ${v}\n`);
}

program
  .command('ingest')
  .description('read, extract and load files or folders (.md, .txt, .html, .htm, .pdf) into Neo4j')
  .argument('<paths...>', 'files or folders')
  .option('--max-bytes <n>', 'refuse files larger than this many bytes', wholeNumber(1), 50 * 1024 * 1024)
  .option('--force', 'reload files even when unchanged')
  .option('--counts', 'print node and relationship counts afterwards')
  .option('--workers <n>', 'extraction worker threads (default: cores - 1 for more than a few files; 0: none)', wholeNumber(0, 64))
  .option('--batch <n>', 'documents per load transaction', wholeNumber(1))
  .action(async (paths: string[], opts: { maxBytes: number; force?: boolean; counts?: boolean; workers?: number; batch?: number }) => {
    const { driver, config } = await connect({ startLocal: true });
    const bar = progress();
    const summary = await ingest(driver, paths, { database: config.database, maxBytes: opts.maxBytes, force: opts.force, workers: opts.workers, batchDocs: opts.batch, onFile: bar.file });
    bar.stop();
    printSummary(summary);
    if (opts.counts) await printCounts();
    process.exitCode = exitStatus(summary.outcomes.flatMap((o) => o.messages));
  });

program
  .command('stats')
  .description('node counts by label and relationship counts by type: what the graph holds now')
  .option('--json', 'print {nodes, relationships} as JSON')
  .action(async (opts: { json?: boolean }) => {
    await printCounts(opts.json);
  });

program
  .command('start')
  .description('the main job: start a local Neo4j unless one is configured, ingest examples/, print what was loaded')
  .argument('[paths...]', 'files or folders to ingest instead of examples/')
  .action(async (paths: string[]) => {
    const { driver, config, version } = await connect({ startLocal: true });
    process.stderr.write(`kg: using Neo4j ${version} at ${config.uri}\n`);
    const inputs = paths.length ? paths : [path.join(PROJECT_ROOT, 'examples')];
    const bar = progress();
    const summary = await ingest(driver, inputs, { database: config.database, onFile: bar.file });
    bar.stop();
    printSummary(summary);
    await printCounts();
    process.exitCode = exitStatus(summary.outcomes.flatMap((o) => o.messages));
    process.stdout.write(
      [
        '',
        'Look at it:',
        '  npx kg query --list                     Cypher questions in queries/',
        '  npx kg query board-of-company --param company="Harbourview Logistics Holdings Limited" --param date=2026-06-30',
        '  npx kg lookup "Chan Wing Yee"            a cited dossier',
        '  npx kg serve                            the relationship browser on http://127.0.0.1:7070',
        ...(isConfigured() ? [] : [`  ${browserLogin()}`]),
        '  npx kg neo4j stop                       stop the local server',
        '',
      ].join('\n'),
    );
  });

const neo = program.command('neo4j').description('the local Neo4j Community server (no Docker needed)');
neo
  .command('start')
  .description('fetch Neo4j Community 5.26 from Maven Central (once) and start it on 127.0.0.1')
  .action(async () => {
    const s = await startLocal();
    process.stdout.write(s.started ? `Neo4j ${s.version} ${s.edition} started (pid ${s.pid}) at ${s.uri}\n` : `Neo4j already running (pid ${s.pid}) at ${s.uri}; nothing started\n`);
    process.stdout.write(browserLogin() + '\n');
  });
neo
  .command('stop')
  .description('stop the local server this project started (by its recorded pid)')
  .action(async () => {
    const stopped = await stopLocal();
    process.stdout.write(stopped ? 'Neo4j stopped\n' : 'no local Neo4j was running\n');
  });
neo
  .command('status')
  .description('whether the local server runs, its pid, address and version')
  .action(async () => {
    const s = await localStatus();
    process.stdout.write(s.running ? `running (pid ${s.pid}) at ${s.uri}${s.version ? `, ${s.version} ${s.edition}` : ', not answering yet'}\n` : `not running (would listen at ${s.uri})\n`);
    if (s.running) process.stdout.write(browserLogin() + '\n');
    else process.exitCode = 3;
  });

registerExtract(program);
registerUse(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ServerError || err instanceof ConnectError) process.stderr.write(`kg: ${err.message}\n`);
  else process.stderr.write(`kg: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
} finally {
  if (process.env.KG_REPORT_RSS) process.stderr.write(`kg: peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
  await Promise.race([closeDriver(), new Promise((r) => setTimeout(r, 5000))]);
  // A probe of a port held by something that is not Bolt can leave a socket open: do not hang on it.
  await new Promise<void>((r) => process.stdout.write('', () => r()));
  await new Promise<void>((r) => process.stderr.write('', () => r()));
  process.exit();
}
