import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import './zod-config';

const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe('validation messages in plain words (issue 13, point 17)', () => {
  it('replaces zod’s own wording when a schema sets none', () => {
    expect(message(z.string().max(120), 'x'.repeat(121))).toBe('Use at most 120 characters');
    expect(message(z.string().min(1), '')).toBe('This field is required');
    expect(message(z.string().min(8), 'short')).toBe('Use at least 8 characters');
    expect(message(z.number().int().max(720), 900)).toBe('Enter at most 720');
    expect(message(z.string(), undefined)).toBe('This field is required');
    expect(message(z.string().email(), 'nope')).toBe('Enter a valid email address');
    expect(message(z.enum(['a', 'b']), 'c')).toBe('Choose one of the options');
  });

  it('keeps the messages schemas set themselves', () => {
    expect(message(z.string().trim().min(1, 'Enter your name'), ' ')).toBe('Enter your name');
  });
});
