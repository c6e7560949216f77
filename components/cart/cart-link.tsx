import Link from 'next/link';
import { countCartItems } from '@/lib/cart/get-cart';
import { currentCartOwner } from '@/lib/cart/current-cart';
import { prisma } from '@/lib/db/prisma';

async function itemCount(): Promise<number | null> {
  try {
    const owner = await currentCartOwner();
    return owner ? await countCartItems(prisma, owner) : 0;
  } catch (error) {
    console.error(error); // the header must render even when the cart cannot be read
    return null;
  }
}

/** "Cart (n)" for the site header. */
export async function CartLink({ className = 'rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100' }: { className?: string }) {
  const count = await itemCount();
  return (
    <Link href="/cart" className={className}>
      {count === null ? 'Cart' : `Cart (${count})`}
    </Link>
  );
}
