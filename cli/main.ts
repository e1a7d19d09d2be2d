// The `kg` command line.
import path from 'node:path';
import { Command } from 'commander';
import { closeDriver } from '../graph/driver.ts';
import { start as startLocal, stop as stopLocal, status as localStatus, browserLogin, PROJECT_ROOT } from '../graph/server/local.ts';
import { ingest, type IngestSummary } from '../graph/ingest.ts';
import { graphCounts } from '../graph/read.ts';
import { connect, type Connection } from './connect.ts';
import { report } from './errors.ts';
import { integer } from './options.ts';
import { progress } from './progress.ts';
import { exitStatus, messageLine } from './report.ts';
import { registerExtract } from './extract.ts';
import { registerUse } from './use.ts';

const program = new Command();
program
  .name('kg')
  .description('Corporate announcements (HKEX notices, SEC 6-K/8-K filings) into a cited knowledge graph in Neo4j.')
  .showHelpAfterError('(kg <command> --help shows how to use it)')
  // Commander's own complaints (unknown option, missing argument) in the same form as ours.
  .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'kg: ').replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')) })
  .version('0.1.0');

function printSummary(summary: IngestSummary, inputs: string[]): number {
  const out = process.stderr;
  if (!summary.outcomes.length) {
    // Nothing readable is a mistake to say, not a success of nothing.
    const other = summary.ignored ? ` (${summary.ignored} other file${summary.ignored === 1 ? '' : 's'} skipped)` : '';
    out.write(`kg: nothing to ingest in ${inputs.join(', ')}: no .md, .txt, .html, .htm or .pdf files${other}\n`);
    return 1;
  }
  const none = summary.withoutFacts ? ` (${summary.withoutFacts} with no facts found)` : '';
  const skipped = summary.ignored ? `; ${summary.ignored} file${summary.ignored === 1 ? '' : 's'} of other kinds skipped` : '';
  out.write(
    `\n${summary.loaded} loaded${none}, ${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.facts} facts, ${summary.writes} graph writes in ${summary.seconds.toFixed(1)} s${skipped}\n`,
  );
  const failed = summary.outcomes.filter((o) => !o.ok);
  if (failed.length) {
    out.write('Failed files:\n');
    for (const f of failed) out.write(`  ${messageLine(f.file, f.messages.find((m) => m.fatal)!)}\n`);
  }
  return exitStatus(summary.outcomes.flatMap((o) => o.messages));
}

async function printCounts({ driver, config }: Connection, json = false): Promise<void> {
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
  .option('--max-bytes <n>', 'refuse files larger than this many bytes', integer(1), 50 * 1024 * 1024)
  .option('--force', 'reload files even when unchanged')
  .option('--counts', 'print node and relationship counts afterwards')
  .option('--workers <n>', 'extraction worker threads (default: 1, or cores - 1 up to 4 for more than 8 files; 0: none, and no budget)', integer(0, 64))
  .option('--file-seconds <n>', 'seconds one file may take to be read and extracted before it is stopped and reported', integer(1), 120)
  .option('--file-memory <mb>', 'heap in MB one file may use before it is stopped and reported', integer(64), 2048)
  .option('--batch <n>', 'documents per load transaction', integer(1))
  .option('--keep-neo4j', 'if this command starts the local Neo4j, leave it running afterwards')
  .action(async (paths: string[], opts: { maxBytes: number; force?: boolean; counts?: boolean; workers?: number; batch?: number; keepNeo4j?: boolean; fileSeconds: number; fileMemory: number }) => {
    const conn = await connect({ startLocal: true });
    try {
      const bar = progress();
      const summary = await ingest(conn.driver, paths, { database: conn.config.database, maxBytes: opts.maxBytes, force: opts.force, workers: opts.workers, fileSeconds: opts.fileSeconds, fileMemoryMb: opts.fileMemory, batchDocs: opts.batch, onExtracted: bar.extracted, onFile: bar.file });
      bar.stop();
      process.exitCode = printSummary(summary, paths);
      if (opts.counts) await printCounts(conn);
    } finally {
      if (conn.startedLocal && !opts.keepNeo4j) await stopStarted();
    }
  });

/** A server this command started goes when it ends; the graph stays in its home for the next start. */
async function stopStarted(): Promise<void> {
  await closeDriver();
  await stopLocal();
  process.stderr.write('kg: stopped the local Neo4j this command started (--keep-neo4j keeps it running; `kg neo4j start` starts it again, with the graph)\n');
}

/** How to look at the graph, true to the server in use. */
function hints(conn: Connection): string {
  const browser = conn.configured
    ? `  Neo4j Browser: your server's (NEO4J_URI=${conn.config.uri}); for docker-compose.yml's, http://127.0.0.1:7474, user neo4j, the password from .env.neo4j`
    : `  ${browserLogin()}`;
  return [
    '',
    'Look at it:',
    '  npx kg query --list                     Cypher questions in queries/',
    '  npx kg query board-of-company --param company="Harbourview Logistics Holdings Limited" --param date=2026-07-02',
    '  npx kg lookup "Chan Wing Yee"            a cited dossier',
    '  npx kg serve                            the relationship browser on http://127.0.0.1:7070',
    browser,
    ...(conn.configured ? [] : ['  npx kg neo4j stop                       stop the local server (it keeps running for the commands above)']),
    '',
  ].join('\n');
}

program
  .command('stats')
  .description('node counts by label and relationship counts by type: what the graph holds now')
  .option('--json', 'print {nodes, relationships} as JSON')
  .action(async (opts: { json?: boolean }) => {
    await printCounts(await connect({ startLocal: false }), opts.json);
  });

program
  .command('start')
  .description('the main job: start a local Neo4j unless one is configured, ingest examples/, print what was loaded')
  .argument('[paths...]', 'files or folders to ingest instead of examples/')
  .action(async (paths: string[]) => {
    // The main job leaves the local server running: the commands it suggests need it.
    const conn = await connect({ startLocal: true });
    process.stderr.write(`kg: using Neo4j ${conn.version} at ${conn.config.uri}${conn.configured ? ' (NEO4J_URI)' : ''}\n`);
    const inputs = paths.length ? paths : [path.join(PROJECT_ROOT, 'examples')];
    const bar = progress();
    const summary = await ingest(conn.driver, inputs, { database: conn.config.database, onExtracted: bar.extracted, onFile: bar.file });
    bar.stop();
    process.exitCode = printSummary(summary, inputs);
    await printCounts(conn);
    process.stdout.write(hints(conn));
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
  process.exitCode = report(err);
} finally {
  if (process.env.KG_REPORT_RSS) process.stderr.write(`kg: peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
  await Promise.race([closeDriver(), new Promise((r) => setTimeout(r, 5000))]);
  // A probe of a port held by something that is not Bolt can leave a socket open: do not hang on it.
  await new Promise<void>((r) => process.stdout.write('', () => r()));
  await new Promise<void>((r) => process.stderr.write('', () => r()));
  process.exit();
}
