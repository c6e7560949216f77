-- Subscription feeds: secret, rotatable iCalendar URLs of confirmed bookings per business, staff
-- member, rental unit, or customer. No code ever wrote the old plain-token rows: drop them.
DELETE FROM "CalendarFeed";

-- DropIndex
DROP INDEX "CalendarFeed_token_key";

-- AlterTable
ALTER TABLE "CalendarFeed" DROP COLUMN "token",
ADD COLUMN     "tokenHash" TEXT NOT NULL,
ADD COLUMN     "unitId" UUID,
ADD COLUMN     "userId" UUID,
ALTER COLUMN "vendorId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_userId_idx" ON "CalendarFeed"("userId");

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "RentalUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Exactly one owner: a customer (nothing else set), or a business, optionally narrowed to one staff
-- member or one unit (never both).
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_one_owner" CHECK (
  ("userId" IS NOT NULL AND "vendorId" IS NULL AND "staffId" IS NULL AND "unitId" IS NULL)
  OR ("userId" IS NULL AND "vendorId" IS NOT NULL AND ("staffId" IS NULL OR "unitId" IS NULL))
);

-- One live link per scope: issuing a new one must revoke the old in the same transaction.
CREATE UNIQUE INDEX "CalendarFeed_one_live_per_scope" ON "CalendarFeed" (
  COALESCE("vendorId", "userId"),
  COALESCE("staffId", "unitId", '00000000-0000-0000-0000-000000000000'::uuid)
) WHERE "revokedAt" IS NULL;
