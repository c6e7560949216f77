import { describe, expect, it } from 'vitest';
import { actorRecord, customer, guest, member, operator, personOf, SYSTEM, type Actor } from './actor';

const apiKey: Actor = { kind: 'member', apiKeyId: 'key-1', vendorId: 'v1', role: 'OWNER', scopes: ['read', 'write'] };

describe('building actors', () => {
  it('makes each kind with exactly its fields', () => {
    expect(customer('u1')).toStrictEqual({ kind: 'customer', userId: 'u1' });
    expect(guest('b1')).toStrictEqual({ kind: 'guest', bookingId: 'b1' });
    expect(guest()).toStrictEqual({ kind: 'guest' }); // no bookingId key at all, not undefined
    expect(guest('')).toStrictEqual({ kind: 'guest' });
    expect(member('u1', 'v1', 'STAFF')).toStrictEqual({ kind: 'member', userId: 'u1', vendorId: 'v1', role: 'STAFF' });
    expect(operator('o1')).toStrictEqual({ kind: 'operator', userId: 'o1' });
    expect(SYSTEM).toStrictEqual({ kind: 'system' });
  });
});

describe('how history and audit record an actor', () => {
  it('records each kind as its type and the person or key behind it', () => {
    expect(actorRecord(customer('u1'))).toStrictEqual({ actorType: 'CUSTOMER', actorId: 'u1' });
    expect(actorRecord(member('u2', 'v1', 'OWNER'))).toStrictEqual({ actorType: 'VENDOR', actorId: 'u2' });
    expect(actorRecord(apiKey)).toStrictEqual({ actorType: 'API', actorId: 'key-1' });
    expect(actorRecord(operator('o1'))).toStrictEqual({ actorType: 'OPERATOR', actorId: 'o1' });
    expect(actorRecord(guest('b1'))).toStrictEqual({ actorType: 'GUEST', actorId: null });
    expect(actorRecord(SYSTEM)).toStrictEqual({ actorType: 'SYSTEM', actorId: null });
    expect(actorRecord({ kind: 'system', name: 'expire-holds' })).toStrictEqual({ actorType: 'SYSTEM', actorId: 'expire-holds' });
  });
});

describe('the person behind an actor', () => {
  it('is the signed-in user, and nobody for keys, guests and the system', () => {
    expect(personOf(customer('u1'))).toBe('u1');
    expect(personOf(operator('o1'))).toBe('o1');
    expect(personOf(member('u2', 'v1', 'STAFF'))).toBe('u2');
    expect(personOf(apiKey)).toBeNull();
    expect(personOf(guest('b1'))).toBeNull();
    expect(personOf(SYSTEM)).toBeNull();
    expect(personOf({ kind: 'system', name: 'cron' })).toBeNull();
  });
});
