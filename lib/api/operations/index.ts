import type { AnyOperation } from '../operation';
import { createToken, getMe, refreshToken, register, revokeToken } from './auth';
import { approveBookingOperation, cancelBookingOperation, createBooking, createQuote, declineBookingOperation, getBooking, listBookings } from './bookings';
import { getListing, getListingAvailability, getVendor, listListings } from './catalog';

/** Every operation of /api/v1: the OpenAPI document is made from this list, and a test checks it matches app/api/v1. */
export const OPERATIONS: AnyOperation[] = [
  listListings,
  getListing,
  getListingAvailability,
  getVendor,
  createQuote,
  createBooking,
  listBookings,
  getBooking,
  cancelBookingOperation,
  approveBookingOperation,
  declineBookingOperation,
  register,
  createToken,
  refreshToken,
  revokeToken,
  getMe,
];
