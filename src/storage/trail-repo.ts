import { REPLAYED_TABLES, type LogRow, type ReplayedTable } from '../core/history';
import type { Conn } from './conn';
import { q } from './conn';

/**
 * The stored rows of the tables the history replays, in the replay's columns. Read only to tell
 * whether the log covers the data (a blind coder package's log starts after it) and, when it does
 * not, to unwind the log from here to the state it started from.
 */
export function replayedRows(conn: Conn): { readonly [T in ReplayedTable]: LogRow[] } {
  const read = (table: ReplayedTable) => conn.all<LogRow>(`SELECT ${REPLAYED_TABLES[table].columns.map(q).join(', ')} FROM ${q(table)}`);
  return {
    codes: read('codes'),
    segments: read('segments'),
    segment_codes: read('segment_codes'),
    documents: read('documents'),
    coders: read('coders'),
    document_attributes: read('document_attributes'),
  };
}
