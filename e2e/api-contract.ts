import { dereference } from '@readme/openapi-parser';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { expect } from '@playwright/test';

// Checks answers of the running app against its published OpenAPI document, as a third party
// would: the status must be documented for the operation, and the body must match its schema.

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };

export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction>();
  private constructor(private readonly doc: Doc) {
    this.ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
    this.ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  }

  static async load(baseURL: string): Promise<Contract> {
    const response = await fetch(`${baseURL}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    return new Contract((await dereference((await response.json()) as never)) as unknown as Doc);
  }

  /** The answer's status is documented for `METHOD /path` and its body matches the documented schema. */
  expectDocumented(operation: string, response: Response, body: unknown) {
    const [method, path] = operation.split(' ') as [string, string];
    const documented = this.doc.paths[path]?.[method.toLowerCase()]?.responses;
    expect(documented, `${operation} is in the document`).toBeDefined();
    const answer = documented![String(response.status)];
    expect(answer, `${operation} documents status ${response.status} (body: ${JSON.stringify(body).slice(0, 300)})`).toBeDefined();
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!;
    if (!answer!.content) return;
    const media = answer!.content[type];
    expect(media, `${operation} ${response.status} documents ${type}`).toBeDefined();
    const key = `${operation} ${response.status} ${type}`;
    let validate = this.cache.get(key);
    if (!validate) this.cache.set(key, (validate = this.ajv.compile(media!.schema)));
    expect(validate(body), `${key}: ${this.ajv.errorsText(validate.errors)}`).toBe(true);
  }
}
