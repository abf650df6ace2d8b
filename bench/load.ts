import autocannon from 'autocannon';

export type LoadResult = {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type LoadOptions = {
  url: string;
  connections?: number;
  seconds?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Requests a second per connection; unset: as fast as the server answers. */
  rate?: number;
  /** The path (and body) of each request, so requests can rotate among codes or dates. */
  next: () => { path: string; body?: string };
};

/** Drives one target with autocannon and keeps the figures the report needs. */
export async function drive(options: LoadOptions): Promise<LoadResult> {
  const first = options.next();
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 32,
    duration: options.seconds ?? 5,
    method: options.method ?? 'GET',
    headers: options.headers,
    ...(options.rate === undefined ? {} : { connectionRate: options.rate }),
    requests: [
      {
        method: options.method ?? 'GET',
        path: first.path,
        body: first.body,
        setupRequest: (req) => {
          const n = options.next();
          return { ...req, path: n.path, ...(n.body === undefined ? {} : { body: n.body }) };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** A short untimed run so the JIT and SQLite's page cache are warm before measuring. */
export async function warm(options: LoadOptions) {
  await drive({ ...options, seconds: Number(process.env.BENCH_WARM_SECONDS ?? 1) });
}
