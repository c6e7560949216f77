// The part of autocannon 9's API the load benchmark uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: (request: Request, context: Record<string, unknown>) => Request };
    type Options = { url?: string; connections?: number; duration?: number; timeout?: number; requests?: Request[] };
    type Histogram = { average: number; p50: number; p99: number; max: number; total: number };
    type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number; statusCodeStats?: Record<string, { count: number | string }> };
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
