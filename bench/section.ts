/**
 * The shape every bench section shares, so bench/run.ts can run them in order and print one report.
 * A section returns tables to print and checks against targets; a failed check fails the run.
 */
export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface BenchCheck {
  label: string;
  ok: boolean;
}

export interface BenchResult {
  tables: BenchTable[];
  checks: BenchCheck[];
  notes?: string[];
}

export interface BenchSection {
  name: string;
  run(): Promise<BenchResult>;
}

/** A two-column table from a flat record of measurements (metric → value). */
export function recordTable(title: string, record: Record<string, string | number>): BenchTable {
  return { title, columns: ['metric', 'value'], rows: Object.entries(record).map(([k, v]) => [k, v]) };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function formatTable(table: BenchTable): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [table.title, line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}
