// `kg extract` and `kg eval`: facts JSONL out, and scored against gold. Each file goes down
// the document path; its messages are printed and decide the exit status.
import type { Command } from 'commander';
import { processFile, type StageName } from '../pipeline/process/index.ts';
import { toJsonl } from '../pipeline/facts/jsonl.ts';
import { expandInputs } from '../pipeline/files.ts';
import { evaluate, formatByRule, formatReport, loadGold } from '../pipeline/facts/eval.ts';
import type { Fact } from '../pipeline/facts/types.ts';
import type { Message } from '../pipeline/messages.ts';
import { exitStatus, printMessages } from './report.ts';

interface Run {
  facts: Map<string, Fact[]>;
  texts: Map<string, string>;
  messages: Message[];
}

/** Every file down the path as far as `until`; messages printed as they come. */
async function run(paths: string[], until: StageName, each?: (text: string, facts: Fact[] | undefined) => void): Promise<Run> {
  const { files, problems } = await expandInputs(paths);
  printMessages(problems);
  const out: Run = { facts: new Map(), texts: new Map(), messages: [...problems] };
  for (const path of files) {
    const file = await processFile(path, { until });
    printMessages(file.messages);
    out.messages.push(...file.messages);
    if (!file.doc || file.messages.some((m) => m.fatal)) continue;
    out.texts.set(file.doc.name, file.doc.text);
    if (file.extraction) out.facts.set(file.doc.name, file.extraction.facts);
    each?.(file.doc.text, file.extraction?.facts);
  }
  return out;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print facts as JSON Lines (the format: docs/facts-format.md), or with --text the extracted text that offsets index')
    .argument('<files...>', 'files or folders')
    .option('--text', 'print the document text that evidence offsets index, instead of facts')
    .action(async (paths: string[], opts: { text?: boolean }) => {
      const r = await run(paths, opts.text ? 'read' : 'extract', (text, facts) => process.stdout.write(opts.text ? text : toJsonl(facts ?? [])));
      process.exitCode = exitStatus(r.messages);
    });

  program
    .command('eval')
    .description('score extraction against gold facts: precision, recall, F1 per type, argument accuracy, evidence checks')
    .requiredOption('--gold <path>', 'a gold .facts.jsonl file or a folder of them')
    .argument('<files...>', 'input files or folders (their base names select the gold facts)')
    .option('--json', 'machine-readable output')
    .option('--by-rule', 'also print precision and recall per extraction rule')
    .option('--summary', 'scores only, without the lists of missed and spurious facts')
    .action(async (paths: string[], opts: { gold: string; json?: boolean; byRule?: boolean; summary?: boolean }) => {
      const gold = await loadGold(opts.gold);
      const { facts, texts, messages } = await run(paths, 'extract');
      const report = evaluate(gold, facts, texts);
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else process.stdout.write(formatReport(report, !opts.summary) + (opts.byRule ? '\n' + formatByRule(report) : ''));
      process.exitCode = exitStatus(messages);
    });
}
