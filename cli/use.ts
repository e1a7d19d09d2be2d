// Commands over the loaded graph: query, lookup, export, serve.
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { connect } from './connect.ts';
import { UsageError } from './errors.ts';
import { integer } from './options.ts';
import { findQuery, listQueries, queryParams, resolveParams, runQuery } from '../graph/queries.ts';
import { dossier, resolveEntity } from '../graph/lookup.ts';
import { resolveName, formatCandidates } from '../graph/resolve.ts';
import { formatCsv, formatTable } from './format.ts';
import { formatDossier } from './dossier.ts';
import { exportGraph, toGraphML } from '../graph/export.ts';
import { serve } from '../web/server.ts';

export function registerUse(program: Command): void {
  program
    .command('query')
    .description('run a Cypher question from queries/ in a read-only session and print a table')
    .argument('[name]', 'query name (file name without .cypher)')
    .option('--param <name=value>', 'a parameter (repeatable): names as `kg lookup` takes them, dates as YYYY-MM-DD; other values are strings unless the query declares them integer, number or boolean', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--list', 'list the queries with their one-line descriptions')
    .option('--json', 'print rows as JSON')
    .option('--csv', 'print rows as CSV')
    .action(async (name: string | undefined, opts: { param: string[]; list?: boolean; json?: boolean; csv?: boolean }) => {
      if (opts.list || !name) {
        for (const q of listQueries()) process.stdout.write(`${q.name.padEnd(24)} ${q.description.split('. ')[0].replace(/\.$/, '')}.\n${' '.repeat(25)}params: ${q.parameters.map((p) => '$' + p).join(' ') || '(none)'}\n`);
        return;
      }
      if (opts.json && opts.csv) throw new UsageError('--json and --csv: choose one');
      // The query and its parameters are checked before any database is asked.
      const q = findQuery(name);
      const raw = queryParams(q, opts.param);
      const { driver, config } = await connect({ startLocal: false });
      const params = await resolveParams(driver, q, raw, config.database);
      for (const [k, v] of Object.entries(params)) if (v !== raw[k]) process.stderr.write(`kg: ${k} "${raw[k]}" is ${v}\n`);
      const r = await runQuery(driver, q, params, config.database);
      process.stdout.write(opts.json ? JSON.stringify(r.rows, null, 2) + '\n' : opts.csv ? formatCsv(r) : formatTable(r));
    });

  program
    .command('lookup')
    .description('a cited due-diligence dossier on a person or company: roles with dates, connections, events, each with file, announcement, paragraph and quote')
    .argument('<name>', 'a name or alias, with or without honorific or legal form')
    .option('--json', 'print the dossier as JSON')
    .action(async (name: string, opts: { json?: boolean }) => {
      const { driver, config } = await connect({ startLocal: false });
      const found = await resolveEntity(driver, name, config.database);
      if (!found.entity) {
        if (!found.candidates.length) {
          process.stderr.write(`kg: nothing in the graph matches "${name}"\n`);
          process.exitCode = 1;
          return;
        }
        const out = opts.json ? JSON.stringify({ ambiguous: true, candidates: found.candidates }, null, 2) + '\n' : formatCandidates(name, found.candidates);
        process.stdout.write(out);
        process.exitCode = 2;
        return;
      }
      const d = await dossier(driver, found.entity.key, config.database);
      process.stdout.write(opts.json ? JSON.stringify(d, null, 2) + '\n' : formatDossier(d));
    });

  program
    .command('export')
    .description('write the knowledge graph, or one entity’s neighbourhood, as GraphML or JSON')
    .addHelpText('after', '\nExample: kg export --format graphml --entity "Qu Heng" --depth 2 --out qu-heng.graphml')
    .addOption(new Option('--format <format>', 'graphml or json').choices(['graphml', 'json']).default('graphml'))
    .option('--entity <name>', 'only the neighbourhood of this entity (a name as kg lookup takes it)')
    .option('--depth <n>', 'hops around --entity, 1 to 6', integer(1, 6), 2)
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { format: string; entity?: string; depth: number; out?: string }) => {
      const { driver, config } = await connect({ startLocal: false });
      const key = opts.entity ? (await resolveName(driver, opts.entity, 'entity', config.database)).key : undefined;
      const g = await exportGraph(driver, { key, depth: opts.depth, database: config.database });
      const text = opts.format === 'json' ? JSON.stringify(g, null, 2) + '\n' : toGraphML(g);
      if (opts.out) {
        writeFileSync(opts.out, text);
        process.stderr.write(`kg: wrote ${g.nodes.length} nodes and ${g.edges.length} relationships to ${opts.out}\n`);
      } else process.stdout.write(text);
    });

  program
    .command('serve')
    .description('a local web page (127.0.0.1) to search an entity and explore its neighbourhood as a graph, with the evidence')
    .option('--port <n>', 'port (0: any free one)', integer(0, 65535), 7070)
    .action(async (opts: { port: number }) => {
      const { driver, config } = await connect({ startLocal: false });
      const server = await serve(driver, { port: opts.port, database: config.database }).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'EADDRINUSE') throw new UsageError(`port ${opts.port} on 127.0.0.1 is in use: choose another with --port`);
        throw err;
      });
      process.stdout.write(`kg: serving http://127.0.0.1:${server.port} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
    });
}
