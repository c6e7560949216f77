import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SeedReport } from './seed';
import type { ScenarioResult } from './scenarios';

// The final table on stdout, and the same figures as JSON for comparing runs.

export type BenchReport = {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  database: { description: string; serverVersion: string };
  dataset: SeedReport;
  results: ScenarioResult[];
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-').padStart(9);

export function printReport(report: BenchReport, log: (line: string) => void): void {
  const { dataset, machine } = report;
  log('');
  log(`Dataset: ${Object.entries(dataset.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  log(`Bookings by status: ${Object.entries(dataset.bookingsByStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  log(dataset.reused ? 'Seed: reused' : `Seed: ${dataset.seconds.toFixed(1)} s`);
  log(`Machine: ${machine.cpus} CPUs, load average ${machine.loadAverageBefore.map((l) => l.toFixed(2)).join(' ')} before, ${machine.loadAverageAfter.map((l) => l.toFixed(2)).join(' ')} after`);
  log('');
  log(`${'scenario'.padEnd(34)}${'count'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}  note`);
  for (const { scenario, latency, note } of report.results) {
    log(`${scenario.padEnd(34)}${String(latency.count).padStart(6)}${ms(latency.p50)}${ms(latency.p95)}${ms(latency.p99)}${ms(latency.max)}  ${note}`);
  }
}

export async function writeReport(report: BenchReport | Record<string, unknown>, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Microseconds are noise here: round fractions to 0.01.
  const rounded = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value);
  await writeFile(file, `${JSON.stringify(report, rounded, 2)}\n`);
}
