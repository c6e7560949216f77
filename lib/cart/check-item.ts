import 'server-only';

// A cart item is checked exactly as a single booking request is (lib/booking/assess-request.ts).
export {
  assessRequest as assessCartItem,
  checkRequest as checkCartItem,
  type AssessedListing as CartListing,
  type Placement as ItemPlacement,
  type Assessment as ItemAssessment,
} from '@/lib/booking/assess-request';
