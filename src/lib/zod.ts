// eslint-disable-next-line no-restricted-imports -- the one place Zod is imported
import * as z from 'zod/mini';

// Zod compiles a fast path for object schemas with `new Function` when the page allows eval. The
// app's Content-Security-Policy does not, and Chromium reports even the probe that Zod catches as a
// `securitypolicyviolation`. Jitless before any schema is built: every module takes Zod from here.
z.config({ jitless: true });

export { z };
