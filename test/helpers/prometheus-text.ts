/**
 * Reads a /metrics answer (Prometheus text format) into samples, so tests assert exact values of
 * exact series instead of matching substrings.
 */
export type Samples = ReadonlyMap<string, number>;

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function seriesKey(name: string, labels: Record<string, string>): string {
  const pairs = Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${name}{${pairs.map(([k, v]) => `${k}="${v}"`).join(',')}}`;
}

export function parseSamples(text: string): Samples {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = SAMPLE_LINE.exec(line);
    if (!match) continue;
    const [, name = '', labelText = '', value = ''] = match;
    const labels: Record<string, string> = {};
    for (const [, key = '', labelValue = ''] of labelText.matchAll(LABEL)) labels[key] = labelValue;
    samples.set(seriesKey(name, labels), Number(value));
  }
  return samples;
}

/** The value of one series, or undefined when the answer does not have it. */
export function sample(samples: Samples, name: string, labels: Record<string, string> = {}): number | undefined {
  return samples.get(seriesKey(name, labels));
}

/** Every series of one metric name with its labels (to assert that nothing else was recorded). */
export function seriesOf(samples: Samples, name: string): Record<string, number> {
  const prefix = `${name}{`;
  return Object.fromEntries([...samples].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length, -1), value]));
}
