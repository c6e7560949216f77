import { myDataExport } from '@/lib/account/my-data';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';

// "Download my data": the signed-in person's own data as a JSON file.
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Sign in to download your data.' }, { status: 401 });
  const data = await myDataExport(prisma, user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="bookwell-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      'cache-control': 'no-store',
    },
  });
}
