import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DomainError } from '../core/result';

const conceptSpec = z.object({ concept: z.string().min(1), definition: z.string().default(''), colour: z.string().optional() });

/** Shape of `resources/demo/project.json`; the transcripts are the .txt files beside it. */
export const demoManifestSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  coders: z.array(z.object({ name: z.string().min(1), colour: z.string().min(1) })).min(1),
  attributes: z.array(z.object({ name: z.string().min(1), type: z.enum(['text', 'integer', 'float', 'date', 'boolean']) })),
  documents: z.array(
    z.object({ file: z.string().min(1), name: z.string().min(1), attributes: z.record(z.string(), z.string()).default({}) }),
  ),
  codebook: z.array(
    z.object({
      dimension: z.string().min(1),
      definition: z.string().default(''),
      colour: z.string().min(1),
      themes: z.array(z.object({ theme: z.string().min(1), definition: z.string().default(''), concepts: z.array(conceptSpec) })),
    }),
  ),
  ungroupedConcepts: z.array(conceptSpec).default([]),
  /** Comparison sessions: each coder with the documents (by file) they were given. */
  sessions: z
    .array(
      z.object({ name: z.string().min(1), coders: z.array(z.object({ coder: z.string().min(1), documents: z.array(z.string().min(1)) })) }),
    )
    .default([]),
  codings: z.array(
    z.object({
      document: z.string().min(1),
      quote: z.string().min(1),
      occurrence: z.number().int().positive().optional(),
      concepts: z.array(z.string().min(1)).min(1),
      coder: z.string().min(1),
    }),
  ),
});

export type DemoManifest = z.infer<typeof demoManifestSchema>;

export function readDemoManifest(file: string): DemoManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DomainError('file-unreadable', `Cannot read the demo manifest "${file}": ${(e as Error).message}`);
  }
  const parsed = demoManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : 'invalid';
    throw new DomainError('file-invalid', `Demo manifest "${file}" is invalid (${where}).`);
  }
  return parsed.data;
}

/**
 * Finds the `occurrence`-th (1-based) exact match of `quote`. Without `occurrence` the quote must be
 * unique: silently picking the first of several would code the wrong passage.
 */
export function locateQuote(text: string, quote: string, occurrence: number | undefined, where: string): number {
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i);
  if (starts.length === 0) throw new DomainError('file-invalid', `Demo coding quote not found in ${where}: “${quote}”.`);
  if (occurrence === undefined) {
    if (starts.length > 1) {
      throw new DomainError('file-invalid', `Demo coding quote occurs ${starts.length} times in ${where}; add "occurrence": “${quote}”.`);
    }
    return starts[0] as number;
  }
  const start = starts[occurrence - 1];
  if (start === undefined) {
    throw new DomainError('file-invalid', `Demo coding quote occurs ${starts.length} time(s) in ${where}, not ${occurrence}: “${quote}”.`);
  }
  return start;
}
