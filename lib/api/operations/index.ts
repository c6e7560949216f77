import type { AnyOperation } from '../operation';
import { createToken, getMe, refreshToken, register, revokeToken } from './auth';
import { approveBookingOperation, cancelBookingOperation, createBooking, createQuote, declineBookingOperation, getBooking, listBookings } from './bookings';
import { checkInOperation, checkoutOperation, checkOutOperation, completeOperation, markPaidOperation, rescheduleOperation, reviewBookingOperation } from './booking-steps';
import { cancelSessionOperation, createListingOperation, createSessions, createUnit, updateListingOperation, listSessions, listUnits, publishListing, unpublishListing, updateUnitOperation } from './inventory';
import { addStaffTimeOff, getStaff, updateStaff } from './staff';
import { addCartItem, checkoutCartOperation, createCart, removeCartItemOperation } from './carts';
import { getListing, getListingAvailability, getVendor, listListingReviews, listListings } from './catalog';
import { createWebhookEndpoint, deleteWebhookEndpoint, getWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints, listWebhookEvents, redeliverWebhooks, rotateWebhookSecret, sendWebhookTest, updateWebhookEndpoint } from './webhooks';

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
  listSessions,
  createSessions,
  cancelSessionOperation,
  getStaff,
  updateStaff,
  addStaffTimeOff,
  listWebhookEndpoints,
  createWebhookEndpoint,
  getWebhookEndpoint,
  updateWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  sendWebhookTest,
  listWebhookDeliveries,
  redeliverWebhooks,
  listWebhookEvents,
  register,
  createToken,
  refreshToken,
  revokeToken,
  getMe,
];
