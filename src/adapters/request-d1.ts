import { AsyncLocalStorage } from 'node:async_hooks';
import { countedRoundTrip } from '../db/database-use';

/** The parts of a D1 binding (or of one of its sessions) that drizzle calls. */
export type D1Statement = {
  bind(...params: unknown[]): D1Statement;
  first(column?: string): Promise<unknown>;
  run(): Promise<unknown>;
  all(): Promise<unknown>;
  raw(options?: { columnNames?: boolean }): Promise<unknown[]>;
};
export type D1Target = { prepare(sql: string): D1Statement; batch(statements: D1Statement[]): Promise<unknown[]> };
export type D1Session = D1Target & { getBookmark(): string | null };
export type D1Binding = D1Target & { withSession?(constraintOrBookmark?: string): D1Session };

const requestSession = new AsyncLocalStorage<D1Target>();

/** Runs one request's work with its D1 calls going to `session` (the Sessions API's read replicas). */
export function onD1Session<T>(session: D1Target, work: () => T): T {
  return requestSession.run(session, work);
}

/**
 * The binding drizzle is given on Workers, made once per isolate: every call is counted for the
 * request (a `batch` is one round trip) and goes to that request's D1 session when it has one,
 * else to the binding itself. Statements keep their SQL and parameters and are prepared on the
 * right target when they run, which costs no round trip: D1 sends the SQL with each call.
 */
export class RequestD1 {
  constructor(private readonly binding: D1Target) {}

  target(): D1Target {
    return requestSession.getStore() ?? this.binding;
  }

  prepare(sql: string): RequestD1Statement {
    return new RequestD1Statement(this, sql, []);
  }

  batch(statements: RequestD1Statement[]): Promise<unknown[]> {
    return countedRoundTrip(statements.length, () => {
      const target = this.target();
      return target.batch(statements.map((statement) => statement.on(target)));
    });
  }
}

class RequestD1Statement implements D1Statement {
  constructor(
    private readonly d1: RequestD1,
    private readonly sql: string,
    private readonly params: unknown[],
  ) {}

  bind(...params: unknown[]) {
    return new RequestD1Statement(this.d1, this.sql, params);
  }

  on(target: D1Target): D1Statement {
    return target.prepare(this.sql).bind(...this.params);
  }

  first(column?: string) {
    return countedRoundTrip(1, () => (column === undefined ? this.on(this.d1.target()).first() : this.on(this.d1.target()).first(column)));
  }

  run() {
    return countedRoundTrip(1, () => this.on(this.d1.target()).run());
  }

  all() {
    return countedRoundTrip(1, () => this.on(this.d1.target()).all());
  }

  raw(options?: { columnNames?: boolean }) {
    return countedRoundTrip(1, () => (options === undefined ? this.on(this.d1.target()).raw() : this.on(this.d1.target()).raw(options)));
  }
}
