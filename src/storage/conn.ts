import type { SqliteDatabase, SqliteStatement } from './database';

export type SqlValue = string | number | bigint | null;
export type Row = Record<string, SqlValue>;
type Params = readonly unknown[] | Readonly<Record<string, unknown>>;

/**
 * A connection with a statement cache: preparing is the expensive part of a better-sqlite3 call, and
 * repositories run the same few statements thousands of times (import, bench, listCodes).
 *
 * The row type given to `all`, `rows` and `get` is the one place the database boundary is trusted:
 * repositories declare id columns with their branded types (`{ id: SegmentId; document_id: DocumentId }`),
 * since only validated or freshly minted ids are ever written, and map rows without casts.
 */
export class Conn {
  private readonly cache = new Map<string, SqliteStatement>();

  constructor(readonly db: SqliteDatabase) {}

  statement(sql: string): SqliteStatement {
    let stmt = this.cache.get(sql);
    if (stmt === undefined) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  all<T>(sql: string, params: Params = []): T[] {
    return this.statement(sql).all(...spread(params)) as T[];
  }

  /**
   * Rows as arrays in column order: about half the cost of row objects on long results (the 18k
   * turns of a 5 MB transcript). The statement is cached apart, since raw mode sticks to it.
   */
  rows<T extends readonly unknown[]>(sql: string, params: Params = []): T[] {
    const key = `raw:${sql}`;
    let stmt = this.cache.get(key);
    if (stmt === undefined) {
      stmt = this.db.prepare(sql).raw(true);
      this.cache.set(key, stmt);
    }
    return stmt.all(...spread(params)) as T[];
  }

  get<T>(sql: string, params: Params = []): T | undefined {
    return this.statement(sql).get(...spread(params)) as T | undefined;
  }

  run(sql: string, params: Params = []): number {
    return this.statement(sql).run(...spread(params)).changes;
  }
}

function spread(params: Params): unknown[] {
  return Array.isArray(params) ? [...(params as unknown[])] : [params];
}

/** Identifiers come only from our own table maps, never from input; quoting handles "end". */
export function q(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
