-- Search that finds what people type (issue 13, point 6): English stemming ("boats" finds "Boat",
-- "cars" the Cars category) over titles, category names, business names and attributes, ranked by
-- weight, and pg_trgm word similarity for typos ("motrboat").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

CREATE OR REPLACE FUNCTION listing_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  category_name text;
  vendor_name text;
  attribute_words text;
BEGIN
  SELECT c."name" INTO category_name FROM "Category" c WHERE c."id" = NEW."categoryId";
  SELECT v."name" INTO vendor_name FROM "Vendor" v WHERE v."id" = NEW."vendorId";
  attribute_words := CASE WHEN jsonb_typeof(NEW."attributes") = 'object'
    THEN coalesce((SELECT string_agg(e.value, ' ') FROM jsonb_each_text(NEW."attributes") e), '') ELSE '' END;
  NEW."searchText" := lower(concat_ws(' ', NEW."title", category_name, vendor_name, attribute_words, NEW."city"));
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(category_name, '') || ' ' || coalesce(vendor_name, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."summary", '') || ' ' || coalesce(NEW."city", '') || ' ' || attribute_words), 'C') ||
    setweight(to_tsvector('english', coalesce(NEW."description", '')), 'D');
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS listing_search_vector ON "Listing";
CREATE TRIGGER listing_search_vector
  BEFORE INSERT OR UPDATE OF "title", "summary", "description", "city", "attributes", "categoryId", "vendorId" ON "Listing"
  FOR EACH ROW EXECUTE FUNCTION listing_search_vector();

-- A renamed category or business re-indexes its listings.
CREATE OR REPLACE FUNCTION listing_search_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Category' THEN
    UPDATE "Listing" SET "title" = "title" WHERE "categoryId" = NEW."id";
  ELSE
    UPDATE "Listing" SET "title" = "title" WHERE "vendorId" = NEW."id";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER category_search_names_changed AFTER UPDATE OF "name" ON "Category"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION listing_search_names_changed();
CREATE TRIGGER vendor_search_names_changed AFTER UPDATE OF "name" ON "Vendor"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION listing_search_names_changed();

-- Existing listings.
UPDATE "Listing" SET "title" = "title";

-- CreateIndex
CREATE INDEX "Listing_searchText_idx" ON "Listing" USING GIN ("searchText" gin_trgm_ops);
