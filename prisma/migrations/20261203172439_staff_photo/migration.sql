-- A staff member's photo (stored like a logo: checked by content and size, resized WebP), shown with
-- their bio where customers choose whom to book.
ALTER TABLE "StaffMember" ADD COLUMN "photoUrl" TEXT;
