-- Google Calendar for staff: one OAuth connection per staff member, attached to the external calendar that holds its busy times.
-- CreateTable
CREATE TABLE "GoogleCalendarConnection" (
    "id" UUID NOT NULL,
    "externalCalendarId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "googleCalendarId" TEXT NOT NULL DEFAULT 'primary',
    "refreshTokenSealed" TEXT NOT NULL,
    "connectedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoogleCalendarConnection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GoogleCalendarConnection_externalCalendarId_key" ON "GoogleCalendarConnection"("externalCalendarId");

-- CreateIndex
CREATE UNIQUE INDEX "GoogleCalendarConnection_staffId_key" ON "GoogleCalendarConnection"("staffId");

-- AddForeignKey
ALTER TABLE "GoogleCalendarConnection" ADD CONSTRAINT "GoogleCalendarConnection_externalCalendarId_fkey" FOREIGN KEY ("externalCalendarId") REFERENCES "ExternalCalendar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoogleCalendarConnection" ADD CONSTRAINT "GoogleCalendarConnection_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

