-- What the last successful sync of an external calendar left out (skipped events, unknown time
-- zones), shown to the business next to the calendar; NULL when it imported everything.
ALTER TABLE "ExternalCalendar" ADD COLUMN "lastWarning" TEXT;
