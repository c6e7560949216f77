import type { AnyOperation } from '../operation';
import { createToken, getMe, refreshToken, register, revokeToken } from './auth';
import { approveBookingOperation, cancelBookingOperation, createBooking, createQuote, declineBookingOperation, getBooking, listBookings } from './bookings';
import { checkInOperation, checkoutOperation, checkOutOperation, completeOperation, markPaidOperation, rescheduleOperation, reviewBookingOperation } from './booking-steps';
import {
  cancelSessionOperation,
  createListingOperation,
  createSessions,
  createUnit,
  deleteUnitOperation,
  listSessions,
  listUnits,
  publishListing,
  unpublishListing,
  updateListingOperation,
  updateSessionOperation,
  updateUnitOperation,
} from './inventory';
import { addStaffTimeOff, getStaff, updateStaff } from './staff';
import { addCartItem, checkoutCartOperation, createCart, removeCartItemOperation } from './carts';
import { getListing, getListingAvailability, getVendor, listListingReviews, listListings } from './catalog';

/** Every operation of /api/v1: the OpenAPI document is made from this list, and a test checks it matches app/api/v1. */
export const OPERATIONS: AnyOperation[] = [
  listListings,
  getListing,
  getListingAvailability,
  listListingReviews,
  getVendor,
  createQuote,
  createBooking,
  listBookings,
  getBooking,
  cancelBookingOperation,
  approveBookingOperation,
  declineBookingOperation,
  markPaidOperation,
  checkInOperation,
  checkOutOperation,
  completeOperation,
  rescheduleOperation,
  reviewBookingOperation,
  checkoutOperation,
  createCart,
  addCartItem,
  removeCartItemOperation,
  checkoutCartOperation,
  createListingOperation,
  updateListingOperation,
  publishListing,
  unpublishListing,
  listUnits,
  createUnit,
  updateUnitOperation,
  deleteUnitOperation,
  listSessions,
  createSessions,
  updateSessionOperation,
  cancelSessionOperation,
  getStaff,
  updateStaff,
  addStaffTimeOff,
  register,
  createToken,
  refreshToken,
  revokeToken,
  getMe,
];
