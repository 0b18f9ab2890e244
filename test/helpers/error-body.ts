import { isSnakeCase } from '../../src/http/http-error';

/**
 * Asserts the one error shape: `{"error":{"code":"<snake_case>","message":"…"}}` (plus `fields`
 * where the error is about input fields), with the expected code and a message matching `message`.
 */
export function expectErrorBody(body: unknown, code: string, message?: RegExp): void {
  const error = (body as { error?: unknown } | null)?.error as { code?: unknown; message?: unknown; fields?: unknown } | undefined;
  expect(error).toEqual(expect.objectContaining({ code, message: expect.any(String) }));
  expect(Object.keys(error ?? {}).filter((key) => key !== 'fields').sort()).toEqual(['code', 'message']);
  if (error?.fields !== undefined) expect(error.fields).toEqual(expect.arrayContaining([expect.any(String)]));
  expect(isSnakeCase(String(error?.code))).toBe(true);
  if (message) expect(String(error?.message)).toMatch(message);
}
