-- Categories run by operators: retired categories, an attribute template per category, and icons
-- from the fixed SVG set (lib/catalog/category-icons.ts) instead of emoji.
ALTER TABLE "Category" ADD COLUMN "retiredAt" TIMESTAMPTZ(3);
ALTER TABLE "Category" ADD COLUMN "attributeTemplate" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "Category" ADD CONSTRAINT "Category_attributeTemplate_array" CHECK (jsonb_typeof("attributeTemplate") = 'array');

UPDATE "Category" SET "icon" = CASE "slug"
  WHEN 'boats' THEN 'boat'
  WHEN 'watersports' THEN 'wave'
  WHEN 'cars' THEN 'car'
  WHEN 'scooters' THEN 'scooter'
  WHEN 'bikes' THEN 'bike'
  WHEN 'tours' THEN 'compass'
  WHEN 'workshops' THEN 'cap'
  WHEN 'beauty' THEN 'scissors'
  WHEN 'wellness' THEN 'leaf'
  WHEN 'coaching' THEN 'chat'
  WHEN 'workspaces' THEN 'briefcase'
  ELSE 'tag' END
WHERE "icon" IS NULL OR "icon" !~ '^[a-z]+$';
