-- The return path could hold a guest's manage token in plain text (only token hashes are stored
-- elsewhere); the pay return pages now derive it from the viewer, so it is no longer kept.
ALTER TABLE "CheckoutSession" DROP COLUMN "returnPath";
