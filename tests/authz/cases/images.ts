import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { MatrixCase, World } from '../matrix';

// Listing photos and staff photos (vendor A's members, staff included) and the logo (the owner of the signed-in
// member's own business: owner B changes B's logo).

const IMAGES = 'lib/actions/business/images.ts';
const members = ['ownerA', 'staffA'] as const;

/** A listing of vendor A with three photos (rows only: the seeded kind, no stored file). */
async function listingWithPhotos(w: World) {
  const listing = await w.rentalListing(w.vendorA.id);
  const images = await Promise.all(
    [0, 1, 2].map((position) => w.db.listingImage.create({ data: { listingId: listing.id, url: `/images/demo/${position}.svg`, alt: `Photo ${position}`, position } })),
  );
  return { listing, ids: images.map((image) => image.id) };
}

const jpeg = () => sharp({ create: { width: 16, height: 16, channels: 3, background: '#369' } }).jpeg().toBuffer();
const upload = async (field: string) => {
  process.env.UPLOAD_DIR ||= path.join(tmpdir(), 'bookwell-authz-uploads'); // keep test files out of the project
  const body = new FormData();
  body.append(field, new File([new Uint8Array(await jpeg())], 'photo.jpg', { type: 'image/jpeg' }));
  return body;
};

export const cases: MatrixCase[] = [
  {
    module: IMAGES,
    action: 'reorderImagesAction',
    allow: [...members],
    input: async (w) => {
      const { listing, ids } = await listingWithPhotos(w);
      return { listingId: listing.id, imageIds: [...ids].reverse() };
    },
  },
  { module: IMAGES, action: 'makePrimaryImageAction', allow: [...members], input: async (w) => ({ imageId: (await listingWithPhotos(w)).ids[2] }) },
  { module: IMAGES, action: 'updateImageAltAction', allow: [...members], input: async (w) => ({ imageId: (await listingWithPhotos(w)).ids[1], alt: 'The deck at sunset' }) },
  { module: IMAGES, action: 'deleteImageAction', allow: [...members], input: async (w) => ({ imageId: (await listingWithPhotos(w)).ids[0] }) },
  {
    route: 'app/api/dashboard/listings/[id]/images/route.ts',
    method: 'POST',
    allow: [...members],
    request: async (w) => {
      const listing = await w.rentalListing(w.vendorA.id);
      const body = await upload('files');
      return { params: { id: listing.id }, request: new Request(`http://test/api/dashboard/listings/${listing.id}/images`, { method: 'POST', body }) };
    },
  },
  {
    route: 'app/api/dashboard/profile/logo/route.ts',
    method: 'POST',
    allow: ['ownerA', 'ownerB'],
    request: async () => ({ request: new Request('http://test/api/dashboard/profile/logo', { method: 'POST', body: await upload('file') }) }),
  },
  {
    route: 'app/api/dashboard/profile/logo/route.ts',
    method: 'DELETE',
    allow: ['ownerA', 'ownerB'],
    request: async () => ({ request: new Request('http://test/api/dashboard/profile/logo', { method: 'DELETE' }) }),
  },
  {
    route: 'app/api/dashboard/staff/[staffId]/photo/route.ts',
    method: 'POST',
    allow: [...members],
    request: async (w) => {
      const staff = await w.db.staffMember.create({ data: { vendorId: w.vendorA.id, name: `Pia ${w.unique()}` } });
      return { params: { staffId: staff.id }, request: new Request(`http://test/api/dashboard/staff/${staff.id}/photo`, { method: 'POST', body: await upload('file') }) };
    },
  },
  {
    route: 'app/api/dashboard/staff/[staffId]/photo/route.ts',
    method: 'DELETE',
    allow: [...members],
    request: async (w) => {
      const staff = await w.db.staffMember.create({ data: { vendorId: w.vendorA.id, name: `Pia ${w.unique()}` } });
      return { params: { staffId: staff.id }, request: new Request(`http://test/api/dashboard/staff/${staff.id}/photo`, { method: 'DELETE' }) };
    },
  },
];
