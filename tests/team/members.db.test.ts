import { beforeAll, describe, expect, it } from 'vitest';
import { changeMemberRole, listTeam, removeMember } from '@/lib/business/team/members';
import { LAST_OWNER } from '@/lib/business/team/team-lock';
import type { MemberActor } from '@/lib/domain/actor';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenBusiness } from './team-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const memberId = async (actor: MemberActor) =>
  (await t.db.vendorMember.findUniqueOrThrow({ where: { vendorId_userId: { vendorId: actor.vendorId, userId: actor.userId! } } })).id;

async function addOwner(business: Awaited<ReturnType<typeof givenBusiness>>): Promise<MemberActor> {
  const user = await t.db.user.create({ data: { email: `second-owner-${Date.now()}-${Math.random()}@example.com`, name: 'Second owner' } });
  await t.db.vendorMember.create({ data: { vendorId: business.vendor.id, userId: user.id, role: 'OWNER' } });
  return { kind: 'member', userId: user.id, vendorId: business.vendor.id, role: 'OWNER' };
}

describe('members and roles', () => {
  it('lists members with name, email and role to everyone on the team', async () => {
    const { owner, staff } = await givenBusiness(t.db);
    const team = await listTeam(t.db, staff);
    expect(team.members.map((m) => [m.role, m.isYou])).toEqual([
      ['OWNER', false],
      ['STAFF', true],
    ]);
    expect(team.members[0]!.user.email).toMatch(/@example\.com$/);
    expect((await listTeam(t.db, owner)).members[0]!.isYou).toBe(true);
  });

  it('an owner promotes staff and demotes another owner; staff cannot change roles or remove anyone', async () => {
    const business = await givenBusiness(t.db);
    const { owner, staff } = business;
    await expect(changeMemberRole(t.db, staff, { memberId: await memberId(owner), role: 'STAFF' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeMember(t.db, staff, { memberId: await memberId(owner) })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await expect(changeMemberRole(t.db, owner, { memberId: await memberId(staff), role: 'OWNER' })).resolves.toMatchObject({ role: 'OWNER' });
    await expect(changeMemberRole(t.db, owner, { memberId: await memberId(staff), role: 'STAFF' })).resolves.toMatchObject({ role: 'STAFF' });
    await removeMember(t.db, owner, { memberId: await memberId(staff) });
    expect(await t.db.vendorMember.count({ where: { vendorId: business.vendor.id } })).toBe(1);
  });

  it('never leaves a business without an owner', async () => {
    const business = await givenBusiness(t.db);
    const { owner } = business;
    await expect(changeMemberRole(t.db, owner, { memberId: await memberId(owner), role: 'STAFF' })).rejects.toMatchObject({ code: 'POLICY_VIOLATION', message: LAST_OWNER });
    await expect(removeMember(t.db, owner, { memberId: await memberId(owner) })).rejects.toMatchObject({ code: 'POLICY_VIOLATION', message: LAST_OWNER });

    const second = await addOwner(business);
    await removeMember(t.db, second, { memberId: await memberId(owner) }); // with two owners one may go
    expect(await t.db.vendorMember.findMany({ where: { vendorId: business.vendor.id, role: 'OWNER' }, select: { userId: true } })).toEqual([{ userId: second.userId }]);
  });

  it('an owner of another business cannot see, change or remove this team', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    await expect(changeMemberRole(t.db, b.owner, { memberId: await memberId(a.staff), role: 'OWNER' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeMember(t.db, b.owner, { memberId: await memberId(a.staff) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listTeam(t.db, b.owner)).members.map((m) => m.userId)).not.toContain(a.staff.userId);
    expect(await t.db.vendorMember.findUniqueOrThrow({ where: { id: await memberId(a.staff) } })).toMatchObject({ role: 'STAFF' });
  });

  it('two owners demoting each other at the same moment: one succeeds, the business keeps an owner', async () => {
    for (let round = 0; round < 5; round += 1) {
      const business = await givenBusiness(t.db);
      const first = business.owner;
      const second = await addOwner(business);
      const [firstId, secondId] = [await memberId(first), await memberId(second)];
      const results = await Promise.allSettled([
        changeMemberRole(t.newClient(1), first, { memberId: secondId, role: 'STAFF' }),
        changeMemberRole(t.newClient(1), second, { memberId: firstId, role: 'STAFF' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(['FORBIDDEN', 'POLICY_VIOLATION']).toContain(refused.reason.code);
      expect(await t.db.vendorMember.count({ where: { vendorId: business.vendor.id, role: 'OWNER' } })).toBe(1);
    }
  });

  it('two owners removing each other at the same moment leave one owner', async () => {
    const business = await givenBusiness(t.db);
    const second = await addOwner(business);
    const [firstId, secondId] = [await memberId(business.owner), await memberId(second)];
    const results = await Promise.allSettled([
      removeMember(t.newClient(1), business.owner, { memberId: secondId }),
      removeMember(t.newClient(1), second, { memberId: firstId }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await t.db.vendorMember.count({ where: { vendorId: business.vendor.id, role: 'OWNER' } })).toBe(1);
  });
});
