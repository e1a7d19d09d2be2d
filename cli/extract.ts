// `kg extract` and `kg eval`: facts JSONL out, and scored against gold.
import type { Command } from 'commander';
import { readDocument } from '../pipeline/read/document.ts';
import { InputError } from '../pipeline/read/source.ts';
import { extract } from '../pipeline/extract/index.ts';
import { toJsonl } from '../pipeline/facts/jsonl.ts';
import { expandInputs } from '../pipeline/files.ts';
import { evaluate, formatByRule, formatReport, loadGold } from '../pipeline/facts/eval.ts';
import type { Fact } from '../pipeline/facts/types.ts';

async function extractFiles(paths: string[]): Promise<{ facts: Map<string, Fact[]>; texts: Map<string, string>; failed: number }> {
  const { files, problems } = await expandInputs(paths);
  let failed = problems.length;
  for (const p of problems) process.stderr.write(`kg: ${p.file}: ${p.reason}\n`);
  const facts = new Map<string, Fact[]>();
  const texts = new Map<string, string>();
  for (const file of files) {
    try {
      const doc = await readDocument(file);
      for (const m of doc.messages) process.stderr.write(`kg: ${file}: warning: ${m.reason}\n`);
      facts.set(doc.name, extract(doc).facts);
      texts.set(doc.name, doc.text);
    } catch (err) {
      failed++;
      process.stderr.write(`kg: ${err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`}\n`);
    }
  }
  return { facts, texts, failed };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print facts as JSON Lines (the format: docs/facts-format.md), or with --text the extracted text that offsets index')
    .argument('<files...>', 'files or folders')
    .option('--text', 'print the document text that evidence offsets index, instead of facts')
    .action(async (paths: string[], opts: { text?: boolean }) => {
      if (opts.text) {
        let failed = 0;
        const { files, problems } = await expandInputs(paths);
        for (const p of problems) process.stderr.write(`kg: ${p.file}: ${p.reason}\n`);
        for (const f of files) {
          try {
            process.stdout.write((await readDocument(f)).text);
          } catch (err) {
            failed++;
            process.stderr.write(`kg: ${(err as Error).message}\n`);
          }
        }
        if (failed || problems.length) process.exitCode = 1;
        return;
      }
      const { facts, failed } = await extractFiles(paths);
      for (const list of facts.values()) process.stdout.write(toJsonl(list));
      if (failed) process.exitCode = 1;
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
      const { facts, texts, failed } = await extractFiles(paths);
      const report = evaluate(gold, facts, texts);
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else process.stdout.write(formatReport(report, !opts.summary) + (opts.byRule ? '\n' + formatByRule(report) : ''));
      if (failed) process.exitCode = 1;
    });
}
