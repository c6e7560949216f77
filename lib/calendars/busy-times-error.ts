/** The feed cannot be read or is too big to import; the message is shown to the business. */
export class BusyTimesError extends Error {}
