/**
 * `:name` placeholders → `$n`, so long multi-part statements stay readable. Names come from
 * code; values are always bound parameters. `::type` casts are left alone.
 */
export function bindNamed(sql: string): { sql: string; values(params: object): unknown[] } {
  const names: string[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z][a-zA-Z0-9]*)/g, (_match, name: string) => {
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return {
    sql: text,
    values(params: object): unknown[] {
      const record = params as Record<string, unknown>;
      return names.map((name) => {
        if (!(name in record)) throw new Error(`missing SQL parameter :${name}`);
        return record[name];
      });
    },
  };
}
