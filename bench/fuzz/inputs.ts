import fc from 'fast-check';

// Generated hostile inputs for every HTTP surface: /api/v1 operations from their OpenAPI document
// (schema-shaped values with one field broken at a time, so inputs get past the first check),
// the other route handlers, and pages with query strings. Pure: the caller sends them (over HTTP
// in bench/fuzz.ts, to the route handlers in-process in tests/fuzz).

export type FuzzWorld = {
  /** Ids of the caller's own business (listings, bookings, units, sessions, staff) and of another's. */
  ownIds: string[];
  otherIds: string[];
  slugs: string[];
  /** Bearer credentials by caller name; null = anonymous. */
  credentials: Record<string, string | null>;
};

export type FuzzRequest = { target: string; method: string; path: string; headers: Record<string, string>; body?: string; /** The route's params as Next.js passes them (in-process calls). */ params?: Record<string, string> };

type Schema = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema>; parameters?: Record<string, Parameter> } };
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; $ref?: string };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema; example?: unknown }> } };

const HUGE = 'x'.repeat(120_000);
export const hostileStrings = [
  '', ' ', HUGE, '😀'.repeat(2_000), '\u0000', 'a\u0000b', '\uFFFF\uFFFE', '\u202Eevil', 'e\u0301\u0301\u0301', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '2026-02-30', '2026-13-45', '2026-99', '2026-99-99', '0000-01-01', '9999-12-31', '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z',
  '2031-01-06T25:61:00Z', '2031-01-06T10:00:00+99:00', '1970-01-01T00:00:00Z', 'NaN', 'Infinity', '-0', '1e309', '99999999999999999999',
  "'; DROP TABLE \"Booking\"; --", '../../etc/passwd', '%00', '%ZZ', '<script>alert(1)</script>', '__proto__', 'constructor', '{"$gt":""}',
  'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a6', '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a600',
  'bk_live_' + 'A'.repeat(40), 'BK-7F3K2Q', 'XXX', 'gbp', 'ZZZ', 'Europe/Nowhere', 'mailto:a@b', 'a@b', '@@', 'http://169.254.169.254/latest/meta-data/',
];
export const hostileNumbers = [0, -1, 1, 0.5, -0.5, 1e-12, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 1e21, 366, 10_000, 1_000_000_000];
const hostileValues: unknown[] = [null, true, false, [], {}, [[[[[[]]]]]], { a: { b: { c: {} } } }, ...hostileNumbers, ...hostileStrings.slice(0, 24)];

export const malformedBodies = ['{', '{"a":', '}', 'null', '[]', '"text"', '1e999', '[1,2', '{"a":1,"a":2}', '\u0000', 'x'.repeat(300_000), `${'['.repeat(5_000)}1${']'.repeat(5_000)}`, '{"__proto__":{"admin":true}}'];

const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);

function resolve(doc: Doc, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let i = 0; i < 10 && typeof current.$ref === 'string'; i++) current = doc.components?.schemas?.[(current.$ref as string).split('/').pop()!] ?? {};
  return current;
}

function idArbitrary(world: FuzzWorld) {
  return fc.oneof(
    { weight: 4, arbitrary: oneOf(world.ownIds) },
    { weight: 3, arbitrary: oneOf(world.otherIds) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: oneOf(hostileStrings) },
  );
}

const instant = fc.oneof(
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer({ min: 1, max: 400 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/:\d\d\.\d+Z$/, ':00Z')),
);

/** A value shaped like the schema (the "valid-ish" starting point). */
function shaped(doc: Doc, world: FuzzWorld, raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (depth > 5) return fc.constant(null);
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (variants?.length) return fc.oneof(...variants.map((v) => shaped(doc, world, v, depth + 1)));
  if (Array.isArray(schema.enum) && schema.enum.length) return oneOf(schema.enum as unknown[]);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== 'null') : (schema.type as string | undefined);
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) record[name] = shaped(doc, world, property, depth + 1);
      return fc.record(record, { requiredKeys: required.filter((r) => r in record) });
    }
    case 'array':
      return fc.array(shaped(doc, world, schema.items as Schema, depth + 1), { maxLength: 4 });
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1000;
      const max = typeof schema.maximum === 'number' ? schema.maximum : 100_000;
      return fc.oneof(fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) }), oneOf([min, max]));
    }
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'uuid') return idArbitrary(world);
      if (schema.format === 'date-time') return instant;
      if (schema.format === 'date') return instant.map((s) => s.slice(0, 10));
      if (schema.format === 'email') return fc.emailAddress();
      return fc.oneof(fc.string({ maxLength: 40 }), oneOf(world.slugs));
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** Breaks one value somewhere inside: a wrong type, a boundary or a hostile string. */
function broken(value: unknown): fc.Arbitrary<unknown> {
  const paths: Array<Array<string | number>> = [];
  const walk = (v: unknown, path: Array<string | number>) => {
    paths.push(path);
    if (path.length > 4) return;
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
  };
  walk(value, []);
  return fc.tuple(oneOf(paths), oneOf(hostileValues), fc.boolean()).map(([path, replacement, drop]) => {
    if (path.length === 0) return replacement;
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (drop && !Array.isArray(parent)) delete parent[last];
    else parent[last] = replacement;
    return copy;
  });
}

function parameterValue(doc: Doc, world: FuzzWorld, parameter: Parameter): fc.Arbitrary<string> {
  return fc
    .oneof({ weight: 3, arbitrary: shaped(doc, world, parameter.schema) }, { weight: 2, arbitrary: oneOf(hostileValues) })
    .map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''));
}

/** Requests for one /api/v1 operation. */
function operationArbitrary(doc: Doc, world: FuzzWorld, template: string, method: string, operation: Operation): fc.Arbitrary<FuzzRequest> {
  const parameters = (operation.parameters ?? []).map((p) => (p.$ref ? doc.components?.parameters?.[p.$ref.split('/').pop()!] ?? p : p));
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const content = operation.requestBody?.content?.['application/json'];
  const example = content?.example;
  const body: fc.Arbitrary<string | undefined> = !operation.requestBody
    ? fc.oneof(fc.constant(undefined), oneOf(malformedBodies.slice(0, 4)))
    : fc.oneof(
        { weight: 2, arbitrary: shaped(doc, world, content?.schema).map((v) => JSON.stringify(v)) },
        { weight: 4, arbitrary: (example === undefined ? shaped(doc, world, content?.schema) : broken(example)).map((v) => JSON.stringify(v) ?? 'null') },
        { weight: 1, arbitrary: oneOf(malformedBodies) },
        { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? '') },
      );
  const pathValues = fc.tuple(...pathParams.map((p) => (p.schema?.format === 'uuid' || p.name.endsWith('id') ? idArbitrary(world) : fc.oneof(oneOf(world.slugs), oneOf(hostileStrings)))));
  const query = fc.tuple(...queryParams.map((p) => fc.option(parameterValue(doc, world, p), { nil: undefined, freq: 2 })));
  const extraQuery = fc.option(fc.tuple(oneOf(['limit', 'cursor', 'from', 'to', 'q', 'x', 'month']), oneOf(hostileStrings)), { nil: undefined, freq: 3 });
  const caller = oneOf(Object.keys(world.credentials));
  const idempotency = fc.oneof(fc.uuid(), fc.constant(''), oneOf(['x'.repeat(300), 'not a key', '😀']));
  const contentType = fc.oneof({ weight: 6, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: oneOf(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) });
  return fc.record({ pathValues, query, extraQuery, body, caller, idempotency, contentType }).map((r) => {
    let path = template;
    pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, encodeURIComponent(String(r.pathValues[i])))));
    const search = new URLSearchParams();
    queryParams.forEach((p, i) => r.query[i] !== undefined && search.set(p.name, r.query[i]!));
    if (r.extraQuery) search.set(r.extraQuery[0], r.extraQuery[1]);
    const credential = world.credentials[r.caller];
    const headers: Record<string, string> = { 'idempotency-key': r.idempotency };
    if (credential) headers.authorization = `Bearer ${credential}`;
    const verb = method.toUpperCase();
    const body = verb === 'GET' || verb === 'DELETE' ? undefined : r.body;
    if (body !== undefined && r.contentType) headers['content-type'] = r.contentType;
    const qs = search.toString();
    const params = Object.fromEntries(pathParams.map((p, i) => [p.name, String(r.pathValues[i])]));
    return { target: `${verb} /api/v1${template}`, method: verb, path: `/api/v1${path}${qs ? `?${qs}` : ''}`, headers, body, params };
  });
}

/** Every /api/v1 operation of the document with its request generator. */
export function apiOperations(doc: Doc, world: FuzzWorld): Array<{ target: string; arbitrary: fc.Arbitrary<FuzzRequest> }> {
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ target: `${method.toUpperCase()} /api/v1${template}`, arbitrary: operationArbitrary(doc, world, template, method, operation) })),
  );
}

const formBody = (fields: fc.Arbitrary<Record<string, unknown>>) =>
  fields.map((f) => new URLSearchParams(Object.entries(f).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? ''])).toString());
const hostileText = fc.oneof(oneOf(hostileStrings), fc.string({ maxLength: 30 }), fc.string({ maxLength: 30, unit: 'binary' }));

/**
 * The route handlers outside /api/v1 and the pages that read ids or query strings (their dates,
 * months and ids are the classic way to reach date code and the database with nonsense).
 */
export function otherTargets(world: FuzzWorld): Array<{ target: string; arbitrary: fc.Arbitrary<FuzzRequest> }> {
  const id = idArbitrary(world);
  const slug = fc.oneof(oneOf(world.slugs), hostileText);
  const dateish = fc.oneof(oneOf(hostileStrings), instant.map((s) => s.slice(0, 10)), instant.map((s) => s.slice(0, 7)), hostileText);
  const get = (target: string, path: fc.Arbitrary<string>) => ({ target, arbitrary: path.map((p) => ({ target, method: 'GET', path: p, headers: {} })) });
  const post = (target: string, path: fc.Arbitrary<string>, body: fc.Arbitrary<string>, contentType = 'application/x-www-form-urlencoded', headers: fc.Arbitrary<Record<string, string>> = fc.constant({})) => ({
    target,
    arbitrary: fc.tuple(path, body, headers).map(([p, b, h]) => ({ target, method: 'POST', path: p, headers: { 'content-type': contentType, ...h }, body: b })),
  });
  const q = (params: Record<string, fc.Arbitrary<string>>) =>
    fc.record(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, fc.option(v, { nil: undefined })]))).map((r) => {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(r)) if (v !== undefined) search.set(k, v as string);
      return search.toString();
    });
  return [
    get('GET /search', q({ q: hostileText, from: dateish, to: dateish, category: slug, city: hostileText, currency: hostileText, page: dateish, minPrice: dateish, maxPrice: dateish, sort: hostileText }).map((s) => `/search?${s}`)),
    get('GET /v/[slug]', slug.map((s) => `/v/${encodeURIComponent(s)}`)),
    get('GET /v/[slug]/[listing]', fc.tuple(slug, slug, q({ month: dateish, date: dateish, from: dateish, to: dateish, session: id, staff: id, quantity: dateish })).map(([a, b, s]) => `/v/${encodeURIComponent(a)}/${encodeURIComponent(b)}?${s}`)),
    get('GET /manage/[token]', hostileText.map((t) => `/manage/${encodeURIComponent(t)}`)),
    get('GET /pay/success', q({ booking: id, group: hostileText }).map((s) => `/pay/success?${s}`)),
    get('GET /pay/cancel', q({ booking: id, error: hostileText, failed: hostileText }).map((s) => `/pay/cancel?${s}`)),
    get('GET /pay/test-checkout/[token]', hostileText.map((t) => `/pay/test-checkout/${encodeURIComponent(t)}`)),
    get('GET /invite/[token]', hostileText.map((t) => `/invite/${encodeURIComponent(t)}`)),
    get('GET /email-preferences/[token]', hostileText.map((t) => `/email-preferences/${encodeURIComponent(t)}`)),
    get('GET /account/bookings/[id]', id.map((i) => `/account/bookings/${encodeURIComponent(i)}`)),
    get('GET /dashboard/bookings', q({ to: dateish, from: dateish, status: hostileText, q: hostileText, page: dateish }).map((s) => `/dashboard/bookings?${s}`)),
    get('GET /dashboard/bookings/[id]', id.map((i) => `/dashboard/bookings/${encodeURIComponent(i)}`)),
    get('GET /dashboard/calendar', q({ week: dateish, date: dateish, month: dateish, view: hostileText }).map((s) => `/dashboard/calendar?${s}`)),
    get('GET /dashboard/listings/[id]', id.map((i) => `/dashboard/listings/${encodeURIComponent(i)}`)),
    get('GET /admin/bookings', q({ q: hostileText, status: hostileText, from: dateish, to: dateish }).map((s) => `/admin/bookings?${s}`)),
    get('GET /uploads/[...key]', hostileText.map((t) => `/uploads/${encodeURIComponent(t)}`)),
    get('GET /docs/api/assets/[file]', hostileText.map((t) => `/docs/api/assets/${encodeURIComponent(t)}`)),
    get('GET /api/email/unsubscribe', q({ token: hostileText, kind: hostileText }).map((s) => `/api/email/unsubscribe?${s}`)),
    post('POST /api/email/unsubscribe', q({ token: hostileText, kind: hostileText }).map((s) => `/api/email/unsubscribe?${s}`), hostileText),
    post('POST /pay/start', fc.constant('/pay/start'), formBody(fc.record({ bookingId: id, return: fc.oneof(hostileText, id.map((i) => `/account/bookings/${i}`), hostileText.map((t) => `/manage/${t}`)) }))),
    post('POST /cart/done/pay', fc.constant('/cart/done/pay'), formBody(fc.record({ currency: hostileText }))),
    post('POST /api/webhooks/stripe', fc.constant('/api/webhooks/stripe'), fc.oneof(oneOf(malformedBodies), fc.anything().map((v) => JSON.stringify(v) ?? '')), 'application/json', fc.record({ 'stripe-signature': hostileText })),
    ...['expire-holds', 'outbox', 'reminders', 'sync-calendars'].map((job) =>
      get(`GET /api/cron/${job}`, fc.constant(`/api/cron/${job}`)),
    ),
    post('POST /api/dashboard/listings/[id]/images', id.map((i) => `/api/dashboard/listings/${encodeURIComponent(i)}/images`), hostileText, 'multipart/form-data; boundary=zzz'),
    post('POST /api/dashboard/profile/logo', fc.constant('/api/dashboard/profile/logo'), hostileText, 'multipart/form-data; boundary=zzz'),
    post('POST /api/auth/callback/credentials', fc.constant('/api/auth/callback/credentials'), formBody(fc.record({ email: hostileText, password: hostileText, csrfToken: hostileText }))),
  ];
}

/** `count` requests spread evenly over the targets, reproducible from `seed`. */
export function sampleRequests(targets: Array<{ target: string; arbitrary: fc.Arbitrary<FuzzRequest> }>, count: number, seed: number): FuzzRequest[] {
  const per = Math.max(1, Math.ceil(count / targets.length));
  return targets.flatMap((t, i) => fc.sample(t.arbitrary, { numRuns: per, seed: seed + i }).map(sendable));
}

/** Header values as a client can send them: UTF-8 bytes read as Latin-1, no control characters, at most 8 KB. */
function sendable(request: FuzzRequest): FuzzRequest {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('latin1').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 8_000).trim()]),
  );
  return { ...request, headers };
}
