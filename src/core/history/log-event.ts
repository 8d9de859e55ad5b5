import type { CoderId, EventSeq } from '../ids';

/** A stored column value as the event log records it (JSON: bigints arrive as numbers). */
export type LogValue = string | number | bigint | null;
export type LogRow = Readonly<Record<string, LogValue>>;

/**
 * One recorded change, as `storage/tx.ts` writes it: a row inserted, updated (changed columns only)
 * or deleted, or many rows of one table inserted or deleted together (columns once, rows as arrays).
 * The core names the shape itself so it can replay the log without knowing the storage; the
 * storage's `Change` is assignable to it.
 */
export type LogChange =
  | {
      readonly table: string;
      readonly op: 'insert' | 'update' | 'delete';
      readonly key: LogRow;
      readonly before?: LogRow;
      readonly after?: LogRow;
    }
  | {
      readonly table: string;
      readonly op: 'insert-rows' | 'delete-rows';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly LogValue[])[];
    };

/** One entry of the append-only log: undo and redo entries carry their own row changes too. */
export interface LogEvent {
  readonly seq: EventSeq;
  readonly at: string;
  readonly coderId: CoderId | null;
  readonly kind: 'do' | 'undo' | 'redo' | 'system';
  readonly action: string;
  readonly summary: string;
  readonly changes: readonly LogChange[];
}

/**
 * An id column of a logged row as its branded id. The log holds the rows storage wrote, so the value
 * is the table's own id: this is the one place the replay gives a logged string its brand.
 */
export function loggedId<T extends string>(value: unknown): T {
  return (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)) as T;
}
