import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { engineBench } from './engine-bench.js';
import { reloadBenchSection } from './reload-bench.js';
import { startupBenchSection } from './startup-bench.js';
import { formatTable, recordTable, type BenchSection } from './section.js';

/**
 * npm run bench [-- --dir <knowledge folder>] [--only <section name>]
 * Runs the sections below in order and prints their tables and target checks; exits 1 if a target
 * is missed or a section fails. To add a section, export a BenchSection from a file in bench/ and
 * append it to `sections`. bench/discord-bench.ts is picked up when present: either its
 * `discordBenchSection` export, or its `runDiscordBench()` record shown as one table.
 */
const argv = process.argv.slice(2);
const dirAt = argv.indexOf('--dir');
const dir = dirAt >= 0 ? argv[dirAt + 1] : undefined;
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1]?.toLowerCase() : undefined;

async function optionalDiscordSection(): Promise<BenchSection | null> {
  const file = fileURLToPath(new URL('./discord-bench.ts', import.meta.url));
  if (!existsSync(file)) return null;
  const mod = (await import('./discord-bench.js')) as {
    discordBenchSection?: BenchSection;
    runDiscordBench?: () => Promise<Record<string, string | number>>;
  };
  if (mod.discordBenchSection) return mod.discordBenchSection;
  const runDiscord = mod.runDiscordBench;
  if (!runDiscord) return null;
  return { name: 'Discord end-to-end', run: async () => ({ tables: [recordTable('Discord end-to-end', await runDiscord())], checks: [] }) };
}

const sections: BenchSection[] = [engineBench(dir), startupBenchSection];
const discord = await optionalDiscordSection();
if (discord) sections.push(discord);
sections.push(reloadBenchSection);

let failed = false;
for (const section of sections) {
  if (only && !section.name.toLowerCase().includes(only)) continue;
  console.log(`\n=== ${section.name} ===`);
  try {
    const result = await section.run();
    for (const table of result.tables) console.log(`\n${formatTable(table)}`);
    for (const note of result.notes ?? []) console.log(`note: ${note}`);
    if (result.checks.length > 0) console.log('');
    for (const check of result.checks) {
      console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.label}`);
      if (!check.ok) failed = true;
    }
  } catch (err) {
    failed = true;
    console.log(`FAIL  section "${section.name}" threw: ${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exitCode = failed ? 1 : 0;
