import pg from 'pg';

export const TEMPLATE_DATABASE = 'booking_test_template';

export async function adminClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
