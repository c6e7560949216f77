import { beforeAll, describe, expect, it } from 'vitest';
import { messagingSettings, updateMessagingSettings } from '@/lib/business/messaging';
import type { MemberActor } from '@/lib/domain/actor';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe("a business's customer messages", () => {
  it('defaults to reminders 24 hours ahead and no texts; owners change them, staff cannot, nonsense is refused', async () => {
    const { vendor, actor } = await givenVendor(t.db).ready;
    const owner = actor as MemberActor;
    expect(await messagingSettings(t.db, owner)).toEqual({ reminderHours: 24, smsEnabled: false });
    expect(await updateMessagingSettings(t.db, owner, { reminderHours: '48', smsEnabled: 'on' })).toEqual({ reminderHours: 48, smsEnabled: true });
    await expect(updateMessagingSettings(t.db, { ...owner, role: 'STAFF' }, { reminderHours: 0, smsEnabled: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateMessagingSettings(t.db, owner, { reminderHours: 500, smsEnabled: false })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await t.db.vendor.findUniqueOrThrow({ where: { id: vendor.id }, select: { reminderHours: true, smsEnabled: true } })).toEqual({ reminderHours: 48, smsEnabled: true });
  });
});
