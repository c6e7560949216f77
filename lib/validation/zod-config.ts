// Zod compiles object schemas with `new Function` unless told not to. The pages' Content-Security-
// Policy forbids eval, so forms validate without it (slower only on huge inputs, never wrong).
// Imported (for its effect) by every schema module that forms use in the browser.
import { config } from 'zod/v4/core';

config({ jitless: true });
