-- DropIndex
DROP INDEX "ExternalCalendar_staffId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "ExternalCalendar_staffId_url_key" ON "ExternalCalendar"("staffId", "url");

