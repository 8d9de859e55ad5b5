import { z } from 'zod';

/** Building blocks shared by the feature contracts, so every channel validates alike. */
export const uuid = z.string().uuid();
/** A filesystem path; NUL bytes are never a legitimate path and would truncate it in C APIs. */
export const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL byte');
export const none = z.object({}).strict();
/** An offset into a document in UTF-16 units (documents are capped far below 2^31 units). */
export const offset = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);
export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb');
/** Names of codes, documents, coders: one line, not blank. */
export const name = z
  .string()
  .max(500)
  .refine((s) => s.trim() !== '', 'name must not be blank')
  .refine((s) => !/[\n\r\0]/.test(s), 'name must be one line');
