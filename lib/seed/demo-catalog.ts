import type { BookingMode, DepositType, ListingKind, PaymentMode, PricingUnit } from '@/lib/generated/prisma/enums';

// The demo businesses, one per kind of customer we build for. Prices are minor units.

export const DEMO_PASSWORD = 'demo-password';

export const demoCategories = [
  { slug: 'boats', name: 'Boats', kind: 'RENTAL', icon: 'boat', description: 'Motorboats and sailing boats by the hour or day', attributeTemplate: [{ name: 'seats', label: 'Seats', type: 'number', options: [] }, { name: 'lengthFt', label: 'Length (ft)', type: 'number', options: [] }, { name: 'licenceRequired', label: 'Licence required', type: 'boolean', options: [] }] },
  { slug: 'watersports', name: 'Watersports', kind: 'RENTAL', icon: 'wave', description: 'Paddleboards, kayaks and more', attributeTemplate: [{ name: 'skillLevel', label: 'Skill level', type: 'select', options: ['beginner', 'intermediate', 'advanced'] }, { name: 'seats', label: 'Seats', type: 'number', options: [] }] },
  { slug: 'cars', name: 'Cars', kind: 'RENTAL', icon: 'car', description: 'Cars and SUVs by the day', attributeTemplate: [{ name: 'transmission', label: 'Transmission', type: 'select', options: ['automatic', 'manual'] }, { name: 'seats', label: 'Seats', type: 'number', options: [] }, { name: 'fuel', label: 'Fuel', type: 'select', options: ['petrol', 'diesel', 'hybrid', 'electric'] }] },
  { slug: 'scooters', name: 'Scooters', kind: 'RENTAL', icon: 'scooter', description: 'Scooters and motorbikes', attributeTemplate: [{ name: 'transmission', label: 'Transmission', type: 'select', options: ['automatic', 'manual'] }, { name: 'engineCc', label: 'Engine (cc)', type: 'number', options: [] }] },
  { slug: 'bikes', name: 'Bikes', kind: 'RENTAL', icon: 'bike', description: 'City, mountain and e-bikes', attributeTemplate: [{ name: 'gears', label: 'Gears', type: 'number', options: [] }, { name: 'frameSize', label: 'Frame size', type: 'select', options: ['S', 'M', 'L', 'XL'] }] },
  { slug: 'tours', name: 'Tours & adventures', kind: 'SESSION', icon: 'compass', description: 'Guided tours and outdoor adventures', attributeTemplate: [{ name: 'skillLevel', label: 'Skill level', type: 'select', options: ['beginner', 'intermediate', 'advanced'] }, { name: 'minAge', label: 'Minimum age', type: 'number', options: [] }] },
  { slug: 'workshops', name: 'Workshops & classes', kind: 'SESSION', icon: 'cap', description: 'Learn something new in a small group' },
  { slug: 'beauty', name: 'Hair & beauty', kind: 'APPOINTMENT', icon: 'scissors', description: 'Salons and stylists' },
  { slug: 'wellness', name: 'Wellness', kind: 'APPOINTMENT', icon: 'leaf', description: 'Massage and treatments' },
  { slug: 'coaching', name: 'Coaching', kind: 'APPOINTMENT', icon: 'chat', description: 'One-on-one coaching' },
  { slug: 'workspaces', name: 'Workspaces', kind: 'RENTAL', icon: 'briefcase', description: 'Desks, meeting rooms and offices', attributeTemplate: [{ name: 'seats', label: 'Seats', type: 'number', options: [] }, { name: 'monitor', label: 'Monitor', type: 'boolean', options: [] }, { name: 'screen', label: 'Screen', type: 'boolean', options: [] }] },
] as const satisfies ReadonlyArray<{ slug: string; name: string; kind: ListingKind; icon: string; description: string; attributeTemplate?: ReadonlyArray<{ name: string; label: string; type: string; options: readonly string[] }> }>;

type CategorySlug = (typeof demoCategories)[number]['slug'];

export type DemoListing = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  category: CategorySlug;
  kind: ListingKind;
  image: string;
  imageAlt: string;
  pricingUnit: PricingUnit;
  priceAmount: number;
  attributes?: Record<string, string | number | boolean>;
  bookingMode?: BookingMode;
  paymentMode?: PaymentMode;
  depositType?: DepositType;
  depositValue?: number;
  taxRateBps?: number;
  fees?: Array<{ code: string; label: string; amount: number; per: 'BOOKING' | 'UNIT' | 'DAY' }>;
  /** Weekly / monthly length discounts: [{ minDays, percent }] */
  lengthDiscounts?: Array<{ minDays: number; percent: number }>;
  minDurationMinutes?: number;
  maxDurationMinutes?: number;
  leadTimeMinutes?: number;
  maxQuantityPerBooking?: number;
  openingHours?: Record<string, Array<[string, string]>>;
  units?: string[];
  // Sessions: local start time, duration, weekdays (ISO 1..7), capacity, weeks ahead.
  schedule?: { time: string; durationMinutes: number; weekdays: number[]; capacity: number; weeks: number; host?: string };
  // Appointments: service length and buffers; staff names who give it.
  service?: { durationMinutes: number; bufferBeforeMinutes?: number; bufferAfterMinutes?: number; slotIntervalMinutes?: number; staff: string[] };
};

export type DemoStaff = { name: string; email?: string; bio: string; hours: Array<{ weekdays: number[]; from: string; to: string }> };

export type DemoVendor = {
  slug: string;
  name: string;
  description: string;
  owner: { email: string; name: string };
  contactEmail: string;
  contactPhone: string;
  timeZone: string;
  currency: string;
  address: string;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  /** Guests confirm their email with a one-time code before a hold goes ahead. */
  verifyGuests?: boolean;
  staff?: DemoStaff[];
  /** Bank transfer details customers of MANUAL listings are shown, and the payment reference format. */
  manualPayment?: { instructions: string; referenceFormat: string };
  listings: DemoListing[];
};

const weekdaysAll = [1, 2, 3, 4, 5, 6, 7];
const openDaily = (from: string, to: string) => Object.fromEntries(weekdaysAll.map((d) => [String(d), [[from, to]]])) as Record<string, Array<[string, string]>>;

export const demoVendors: DemoVendor[] = [
  {
    slug: 'watertrek',
    name: 'WaterTrek Garda',
    description: 'Boats, paddleboards and kayaks on Lake Garda, plus guided sunset paddles and canyoning adventures.',
    owner: { email: 'watertrek@example.com', name: 'Luca Bianchi' },
    contactEmail: 'hello@watertrek.example.com',
    contactPhone: '+39 0464 555 010',
    timeZone: 'Europe/Rome',
    currency: 'EUR',
    address: 'Viale Rovereto 21',
    city: 'Riva del Garda',
    country: 'IT',
    latitude: 45.8856,
    longitude: 10.8434,
    // A guide with no appointment service: she shows in the staff pages and calendar rows.
    staff: [{ name: 'Giulia', bio: 'Kayak guide and skipper.', hours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '08:00', to: '20:00' }] }],
    listings: [
      {
        slug: 'motorboat-sea-ray-19',
        title: 'Motorboat Sea Ray 19 (no licence needed)',
        summary: 'A 40 hp motorboat for up to 6 people, fuel included.',
        description: 'Explore the northern lake at your own pace. Life jackets, a cooler box and a quick briefing included. We confirm each request after checking the weather.',
        category: 'boats',
        kind: 'RENTAL',
        image: 'motorboat',
        imageAlt: 'A white motorboat on blue water',
        pricingUnit: 'HOUR',
        priceAmount: 8500,
        attributes: { seats: 6, lengthFt: 19, licenceRequired: false, engineHp: 40 },
        bookingMode: 'REQUEST',
        paymentMode: 'ONLINE_DEPOSIT',
        depositType: 'PERCENT',
        depositValue: 30,
        taxRateBps: 2200,
        fees: [{ code: 'cleaning', label: 'Cleaning', amount: 1500, per: 'BOOKING' }],
        minDurationMinutes: 120,
        maxDurationMinutes: 480,
        leadTimeMinutes: 120,
        openingHours: openDaily('08:00', '19:00'),
        units: ['BOAT-1', 'BOAT-2'],
      },
      {
        slug: 'stand-up-paddleboard',
        title: 'Stand-up paddleboard',
        summary: 'Inflatable SUP with paddle and leash. Instant booking.',
        description: 'Stable all-round boards for beginners and families. Pick up at our jetty.',
        category: 'watersports',
        kind: 'RENTAL',
        image: 'paddleboard',
        imageAlt: 'A person standing on an orange paddleboard',
        pricingUnit: 'HOUR',
        priceAmount: 1500,
        attributes: { skillLevel: 'beginner', boardLengthFt: 10.6 },
        paymentMode: 'ONLINE_FULL',
        taxRateBps: 2200,
        minDurationMinutes: 60,
        maxDurationMinutes: 480,
        maxQuantityPerBooking: 4,
        openingHours: openDaily('08:00', '19:00'),
        units: ['SUP-1', 'SUP-2', 'SUP-3', 'SUP-4', 'SUP-5', 'SUP-6'],
      },
      {
        slug: 'double-kayak',
        title: 'Double kayak, full day',
        summary: 'Sit-on-top kayak for two. Pay at pickup.',
        description: 'Dry bag and paddles included. Return before sunset.',
        category: 'watersports',
        kind: 'RENTAL',
        image: 'kayak',
        imageAlt: 'A red double kayak with two paddlers',
        pricingUnit: 'DAY',
        priceAmount: 4500,
        attributes: { seats: 2, skillLevel: 'beginner' },
        paymentMode: 'NONE',
        taxRateBps: 2200,
        maxQuantityPerBooking: 4,
        units: ['KAYAK-1', 'KAYAK-2', 'KAYAK-3', 'KAYAK-4'],
      },
      {
        slug: 'sunset-kayak-tour',
        title: 'Sunset kayak tour',
        summary: 'Two hours on the water with a guide as the sun goes down.',
        description: 'Small groups of up to 12. No experience needed. Meet at the jetty 15 minutes before the start.',
        category: 'tours',
        kind: 'SESSION',
        image: 'sunset-tour',
        imageAlt: 'Kayakers silhouetted against the setting sun',
        pricingUnit: 'SEAT',
        priceAmount: 3900,
        attributes: { skillLevel: 'beginner', minAge: 10 },
        paymentMode: 'ONLINE_FULL',
        taxRateBps: 2200,
        maxQuantityPerBooking: 6,
        schedule: { time: '18:30', durationMinutes: 120, weekdays: weekdaysAll, capacity: 12, weeks: 4 },
      },
      {
        slug: 'canyoning-adventure',
        title: 'Canyoning adventure in Val Vertova',
        summary: 'Half a day of jumps, slides and abseils with certified guides.',
        description: 'Wetsuit, helmet and harness included. Minimum age 14. Deposit online, balance on the day.',
        category: 'tours',
        kind: 'SESSION',
        image: 'canyoning',
        imageAlt: 'A waterfall between brown rocks',
        pricingUnit: 'SEAT',
        priceAmount: 8900,
        attributes: { skillLevel: 'intermediate', minAge: 14 },
        paymentMode: 'ONLINE_DEPOSIT',
        depositType: 'PERCENT',
        depositValue: 25,
        taxRateBps: 2200,
        maxQuantityPerBooking: 4,
        schedule: { time: '09:00', durationMinutes: 240, weekdays: [6, 7], capacity: 8, weeks: 6 },
      },
    ],
  },
  {
    slug: 'phuket-wheels',
    name: 'Phuket Wheels',
    description: 'Cars, scooters and bikes delivered to your hotel in Phuket. Full insurance options.',
    owner: { email: 'phuket@example.com', name: 'Somchai Rattanakul' },
    contactEmail: 'rent@phuketwheels.example.com',
    contactPhone: '+66 76 555 020',
    timeZone: 'Asia/Bangkok',
    currency: 'THB',
    address: '88 Thawewong Rd, Patong',
    city: 'Phuket',
    country: 'TH',
    latitude: 7.8961,
    longitude: 98.2966,
    listings: [
      {
        slug: 'toyota-yaris',
        title: 'Toyota Yaris (automatic)',
        summary: 'Economical city car, 5 seats, air conditioning.',
        description: 'Ideal for exploring the island. First-class insurance available at the counter.',
        category: 'cars',
        kind: 'RENTAL',
        image: 'car',
        imageAlt: 'A blue compact car',
        pricingUnit: 'DAY',
        priceAmount: 120000,
        attributes: { transmission: 'automatic', seats: 5, fuel: 'petrol' },
        paymentMode: 'ONLINE_DEPOSIT',
        depositType: 'FIXED',
        depositValue: 100000,
        taxRateBps: 700,
        fees: [{ code: 'delivery', label: 'Hotel delivery', amount: 30000, per: 'BOOKING' }],
        units: ['กข 1234', 'กข 5678', 'กค 9012'],
      },
      {
        slug: 'toyota-fortuner',
        title: 'Toyota Fortuner SUV (automatic)',
        summary: '7-seat SUV for families and hills.',
        description: 'Roomy and comfortable, with child seats on request.',
        category: 'cars',
        kind: 'RENTAL',
        image: 'suv',
        imageAlt: 'A green SUV',
        pricingUnit: 'DAY',
        priceAmount: 250000,
        attributes: { transmission: 'automatic', seats: 7, fuel: 'diesel' },
        bookingMode: 'REQUEST',
        paymentMode: 'ONLINE_DEPOSIT',
        depositType: 'FIXED',
        depositValue: 200000,
        taxRateBps: 700,
        units: ['ขค 2468', 'ขค 1357'],
      },
      {
        slug: 'honda-pcx-160',
        title: 'Honda PCX 160 scooter',
        summary: 'Comfortable 160 cc scooter with two helmets.',
        description: 'A valid motorcycle licence is required. Fuel not included.',
        category: 'scooters',
        kind: 'RENTAL',
        image: 'scooter',
        imageAlt: 'A red scooter',
        pricingUnit: 'DAY',
        priceAmount: 35000,
        attributes: { transmission: 'automatic', seats: 2, engineCc: 160 },
        paymentMode: 'NONE',
        maxQuantityPerBooking: 3,
        units: ['PCX-01', 'PCX-02', 'PCX-03', 'PCX-04', 'PCX-05'],
      },
      {
        slug: 'honda-click-125',
        title: 'Honda Click 125 scooter',
        summary: 'Light and easy scooter for short trips.',
        description: 'Two helmets included.',
        category: 'scooters',
        kind: 'RENTAL',
        image: 'scooter',
        imageAlt: 'A red scooter',
        pricingUnit: 'DAY',
        priceAmount: 25000,
        attributes: { transmission: 'automatic', seats: 2, engineCc: 125 },
        paymentMode: 'NONE',
        maxQuantityPerBooking: 3,
        units: ['CLICK-01', 'CLICK-02', 'CLICK-03', 'CLICK-04'],
      },
      {
        slug: 'mountain-bike',
        title: 'Trek mountain bike',
        summary: 'Hardtail mountain bike with helmet and lock.',
        description: 'Great for the viewpoint trails.',
        category: 'bikes',
        kind: 'RENTAL',
        image: 'bike',
        imageAlt: 'A mountain bike with an orange frame',
        pricingUnit: 'DAY',
        priceAmount: 30000,
        attributes: { gears: 21, frameSize: 'M' },
        paymentMode: 'NONE',
        maxQuantityPerBooking: 4,
        units: ['BIKE-1', 'BIKE-2', 'BIKE-3'],
      },
    ],
  },
  {
    slug: 'lumiere-salon',
    name: 'Lumière Salon',
    description: 'Cuts, colour and treatments in the heart of Shoreditch. Book your stylist online; pay when booking.',
    owner: { email: 'salon@example.com', name: 'Amara Okafor' },
    contactEmail: 'book@lumiere.example.com',
    contactPhone: '+44 20 7946 0030',
    timeZone: 'Europe/London',
    currency: 'GBP',
    address: '12 Redchurch Street',
    city: 'London',
    country: 'GB',
    latitude: 51.5246,
    longitude: -0.0754,
    manualPayment: {
      instructions: 'Lumière Salon Ltd\nDemo Bank plc, sort code 20-00-00, account 55779911\nIBAN GB33 BUKB 2020 0055 7799 11',
      referenceFormat: 'LUMIERE-{reference}',
    },
    staff: [
      { name: 'Amara', bio: 'Founder and senior stylist.', hours: [{ weekdays: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }] },
      { name: 'Ben', bio: 'Colour specialist.', hours: [{ weekdays: [2, 3, 4, 5, 6], from: '10:00', to: '18:00' }] },
      { name: 'Chloé', bio: 'Massage therapist and stylist.', hours: [{ weekdays: [3, 4, 5, 6, 7], from: '12:00', to: '20:00' }] },
    ],
    listings: [
      {
        slug: 'haircut-and-style',
        title: 'Haircut & style',
        summary: 'Wash, cut and blow-dry with the stylist of your choice.',
        description: '45 minutes. Please arrive five minutes early.',
        category: 'beauty',
        kind: 'APPOINTMENT',
        image: 'salon',
        imageAlt: 'A pair of scissors',
        pricingUnit: 'FIXED',
        priceAmount: 4500,
        paymentMode: 'ONLINE_FULL',
        taxRateBps: 2000,
        service: { durationMinutes: 45, bufferAfterMinutes: 15, slotIntervalMinutes: 15, staff: ['Amara', 'Ben', 'Chloé'] },
      },
      {
        slug: 'full-colour',
        title: 'Full colour',
        summary: 'Root-to-tip colour with gloss and style.',
        description: 'Two hours. A patch test 48 hours before is required for new clients.',
        category: 'beauty',
        kind: 'APPOINTMENT',
        image: 'colour',
        imageAlt: 'Three bottles of hair colour',
        pricingUnit: 'FIXED',
        priceAmount: 12000,
        paymentMode: 'ONLINE_FULL',
        taxRateBps: 2000,
        service: { durationMinutes: 120, bufferAfterMinutes: 15, slotIntervalMinutes: 30, staff: ['Ben'] },
      },
      {
        slug: 'relaxing-massage',
        title: 'Relaxing massage (60 min)',
        summary: 'Full-body massage with warm oils.',
        description: 'Tell us about any injuries when booking.',
        category: 'wellness',
        kind: 'APPOINTMENT',
        image: 'massage',
        imageAlt: 'A stack of smooth stones with a leaf',
        pricingUnit: 'FIXED',
        priceAmount: 7000,
        paymentMode: 'ONLINE_FULL',
        taxRateBps: 2000,
        service: { durationMinutes: 60, bufferBeforeMinutes: 10, bufferAfterMinutes: 10, slotIntervalMinutes: 30, staff: ['Chloé'] },
      },
      {
        slug: 'bridal-hair-trial',
        title: 'Bridal hair trial',
        summary: 'A 90-minute trial of your wedding-day style.',
        description: 'Pay by bank transfer within 30 minutes of booking; we confirm when it arrives.',
        category: 'beauty',
        kind: 'APPOINTMENT',
        image: 'salon',
        imageAlt: 'A pair of scissors',
        pricingUnit: 'FIXED',
        priceAmount: 9000,
        paymentMode: 'MANUAL',
        taxRateBps: 2000,
        service: { durationMinutes: 90, bufferAfterMinutes: 15, slotIntervalMinutes: 30, staff: ['Amara'] },
      },
    ],
  },
  {
    slug: 'maya-coaching',
    name: 'Maya Chen Coaching',
    description: 'Career and leadership coaching for people in tech: one-on-one sessions and small-group workshops.',
    owner: { email: 'coach@example.com', name: 'Maya Chen' },
    contactEmail: 'maya@mayacoaching.example.com',
    contactPhone: '+1 212 555 0140',
    timeZone: 'America/New_York',
    currency: 'USD',
    address: '350 5th Ave',
    city: 'New York',
    country: 'US',
    latitude: 40.7484,
    longitude: -73.9857,
    manualPayment: { instructions: 'Maya Chen Coaching LLC\nDemo Bank, routing 021000021, account 1234567890', referenceFormat: 'MAYA-{reference}' },
    staff: [
      {
        name: 'Maya Chen',
        email: 'coach@example.com',
        bio: 'ICF-certified coach, former engineering manager.',
        hours: [
          { weekdays: [1, 3, 5], from: '08:00', to: '12:00' },
          { weekdays: [1, 3, 5], from: '13:00', to: '17:00' },
        ],
      },
    ],
    listings: [
      {
        slug: 'one-on-one-coaching',
        title: '1-on-1 coaching session (60 min)',
        summary: 'A focused hour on your goals, by video or in person.',
        description: 'Maya confirms each request within a day. Paid online once confirmed.',
        category: 'coaching',
        kind: 'APPOINTMENT',
        image: 'coaching',
        imageAlt: 'Two speech bubbles',
        pricingUnit: 'FIXED',
        priceAmount: 15000,
        bookingMode: 'REQUEST',
        paymentMode: 'ONLINE_FULL',
        leadTimeMinutes: 24 * 60,
        service: { durationMinutes: 60, bufferAfterMinutes: 15, slotIntervalMinutes: 60, staff: ['Maya Chen'] },
      },
      {
        slug: 'career-clarity-workshop',
        title: 'Career clarity workshop',
        summary: 'A two-hour evening workshop for up to 15 people.',
        description: 'Leave with a one-page plan for your next role. Pay by bank transfer; your seat is confirmed when the transfer arrives.',
        category: 'workshops',
        kind: 'SESSION',
        image: 'workshop',
        imageAlt: 'A light bulb',
        pricingUnit: 'SEAT',
        priceAmount: 4500,
        paymentMode: 'MANUAL',
        maxQuantityPerBooking: 3,
        // Maya runs it herself: the workshop (with setup before and tidying after) blocks her 1:1 slots.
        schedule: { time: '16:00', durationMinutes: 120, weekdays: [3], capacity: 15, weeks: 6, host: 'Maya Chen' },
      },
    ],
  },
  {
    slug: 'harbour-works',
    name: 'Harbour Works Coworking',
    description: 'Desks, meeting rooms and private offices by Darling Harbour, with fast Wi-Fi and good coffee.',
    owner: { email: 'cowork@example.com', name: 'Olivia Nguyen' },
    contactEmail: 'hello@harbourworks.example.com',
    contactPhone: '+61 2 5550 0150',
    timeZone: 'Australia/Sydney',
    currency: 'AUD',
    address: '1 Harbour Street',
    city: 'Sydney',
    country: 'AU',
    latitude: -33.8731,
    longitude: 151.2011,
    verifyGuests: true,
    listings: [
      {
        slug: 'hot-desk',
        title: 'Hot desk day pass',
        summary: 'Any free desk, 8am–8pm, coffee included.',
        description: 'Show your booking at reception. Pay on arrival.',
        category: 'workspaces',
        kind: 'RENTAL',
        image: 'desk',
        imageAlt: 'A desk with a monitor and a plant',
        pricingUnit: 'DAY',
        priceAmount: 3500,
        lengthDiscounts: [
          { minDays: 7, percent: 10 },
          { minDays: 28, percent: 20 },
        ],
        attributes: { monitor: true, seats: 1 },
        paymentMode: 'NONE',
        taxRateBps: 1000,
        maxQuantityPerBooking: 5,
        units: Array.from({ length: 10 }, (_, i) => `DESK-${String(i + 1).padStart(2, '0')}`),
      },
      {
        slug: 'dedicated-desk',
        title: 'Dedicated desk, monthly',
        summary: 'Your own desk with a locker, 24/7 access, by the month.',
        description: 'Check in at reception each day you come in: your booking page shows the days used and left.',
        category: 'workspaces',
        kind: 'RENTAL',
        image: 'desk',
        imageAlt: 'A desk with a monitor and a plant',
        pricingUnit: 'MONTH',
        priceAmount: 45000,
        attributes: { monitor: true, seats: 1, access: '24/7' },
        paymentMode: 'NONE',
        taxRateBps: 1000,
        units: ['DD-01', 'DD-02', 'DD-03', 'DD-04'],
      },
      {
        slug: 'meeting-room',
        title: 'Meeting room for 8',
        summary: 'Screen, whiteboard and video-call kit.',
        description: 'Bookable by the hour on weekdays.',
        category: 'workspaces',
        kind: 'RENTAL',
        image: 'meeting-room',
        imageAlt: 'A meeting table with chairs and a whiteboard',
        pricingUnit: 'HOUR',
        priceAmount: 4000,
        attributes: { seats: 8, screen: true },
        paymentMode: 'ONLINE_FULL',
        taxRateBps: 1000,
        minDurationMinutes: 60,
        maxDurationMinutes: 600,
        openingHours: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), [['08:00', '20:00']]])),
        units: ['ROOM-HARBOUR', 'ROOM-BRIDGE'],
      },
      {
        slug: 'private-office',
        title: 'Private office for 4',
        summary: 'Lockable office with 24/7 access, by the month.',
        description: 'We confirm each request after a short call. Invoiced by bank transfer.',
        category: 'workspaces',
        kind: 'RENTAL',
        image: 'office',
        imageAlt: 'An office with two windows and a door',
        pricingUnit: 'MONTH',
        priceAmount: 180000,
        attributes: { seats: 4, access: '24/7' },
        bookingMode: 'REQUEST',
        paymentMode: 'MANUAL',
        taxRateBps: 1000,
        minDurationMinutes: 28 * 24 * 60,
        units: ['OFFICE-3A', 'OFFICE-3B'],
      },
    ],
  },
];
