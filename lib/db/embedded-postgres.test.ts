import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { letPostgresTraverse } from './embedded-postgres';

describe('letPostgresTraverse', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('gives a private parent (as mktemp -d makes) the traverse bit only, so postgres can reach the project', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const privateDir = mkdtempSync(path.join(tmpdir(), 'clone-'));
    made.push(privateDir);
    const project = path.join(privateDir, 'fresh', '.data');
    mkdirSync(project, { recursive: true });
    expect(statSync(privateDir).mode & 0o777).toBe(0o700);

    letPostgresTraverse(project);

    expect(statSync(privateDir).mode & 0o777).toBe(0o701); // enter, not list
  });
});
