// Lingui's configuration: the message catalogs (PO files with explicit ids, written by hand)
// that @lingui/vite-plugin compiles when the app imports them. English is the source locale.
import { fileURLToPath } from 'node:url';
import { formatter } from '@lingui/format-po';

/** One catalog per area of the app: src/i18n/locales/<locale>/<area>.po. */
export const AREAS = ['common', 'app', 'events', 'timeline', 'rates', 'export', 'reactions', 'study', 'user-data'];

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  locales: ['en', 'ko'],
  sourceLocale: 'en',
  format: formatter({ explicitIdAsDefault: true, lineNumbers: false }),
  catalogs: AREAS.map((area) => ({ path: `<rootDir>/src/i18n/locales/{locale}/${area}`, include: [] })),
};
