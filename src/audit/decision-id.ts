/** Decision ids are the audit trail's row ids (BIGSERIAL): decimal, 1 up to the largest bigint. */
import { z } from 'zod';

export const MAX_DECISION_ID = 9223372036854775807n;

export const decisionIdSchema = z
  .string()
  .trim()
  // abort: the bigint check below must never see anything but digits.
  .regex(/^[1-9][0-9]{0,18}$/, { message: 'must be a decision id: a positive whole number, as listed by GET /api/decisions or `riskdesk decisions`', abort: true })
  .refine((value) => BigInt(value) <= MAX_DECISION_ID, 'is larger than any decision id');
