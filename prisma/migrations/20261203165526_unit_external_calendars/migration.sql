-- Rental units get external calendars too (a boat also listed elsewhere): a calendar and its busy
-- times belong to exactly one staff member or one unit.
-- AlterTable
ALTER TABLE "ExternalCalendar" ADD COLUMN     "unitId" UUID,
ALTER COLUMN "staffId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ExternalBusyBlock" ADD COLUMN     "unitId" UUID,
ALTER COLUMN "staffId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ExternalCalendar_unitId_url_key" ON "ExternalCalendar"("unitId", "url");

-- CreateIndex
CREATE INDEX "ExternalBusyBlock_unitId_startAt_idx" ON "ExternalBusyBlock"("unitId", "startAt");

-- AddForeignKey
ALTER TABLE "ExternalCalendar" ADD CONSTRAINT "ExternalCalendar_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "RentalUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalBusyBlock" ADD CONSTRAINT "ExternalBusyBlock_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "RentalUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "ExternalCalendar" ADD CONSTRAINT "ExternalCalendar_one_owner" CHECK (num_nonnulls("staffId", "unitId") = 1);
ALTER TABLE "ExternalBusyBlock" ADD CONSTRAINT "ExternalBusyBlock_one_owner" CHECK (num_nonnulls("staffId", "unitId") = 1);
