/** A quality report as text for the terminal. */
import type { QualityReport } from './quality';

const pct = (value: number | null): string => (value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);

export function formatQuality(report: QualityReport, title: string): string {
  const lines = [title, `labels: ${report.labels}   agreement: ${pct(report.agreement.rate)} (${report.agreement.agree}/${report.agreement.total})`];
  for (const [kind, k] of Object.entries(report.agreement.byKind)) if (k.total > 0) lines.push(`  ${kind.padEnd(14)} ${pct(k.rate)} (${k.agree}/${k.total})`);
  const c = report.crisis;
  lines.push(`crisis: recall ${pct(c.recall)}  precision ${pct(c.precision)}  (tp ${c.truePositives}, fp ${c.falsePositives}, fn ${c.falseNegatives}, tn ${c.trueNegatives})`);
  lines.push('intent                    support predicted precision  recall');
  for (const i of report.intents) {
    if (i.support === 0 && i.predicted === 0) continue;
    lines.push(`  ${i.intent.padEnd(24)} ${String(i.support).padStart(7)} ${String(i.predicted).padStart(9)} ${pct(i.precision).padStart(9)} ${pct(i.recall)}`);
  }
  const used = report.confusion.labels.map((_, i) => i).filter((i) => (report.confusion.matrix[i] ?? []).some((n) => n > 0) || report.confusion.matrix.some((row) => (row[i] ?? 0) > 0));
  if (used.length > 0) {
    lines.push('confusion (rows: agent label, columns: riskdesk):');
    const short = (i: number) => (report.confusion.labels[i] ?? '').slice(0, 10).padStart(10);
    lines.push(`  ${''.padEnd(24)} ${used.map(short).join(' ')}`);
    for (const r of used) lines.push(`  ${(report.confusion.labels[r] ?? '').padEnd(24)} ${used.map((c) => String(report.confusion.matrix[r]?.[c] ?? 0).padStart(10)).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
