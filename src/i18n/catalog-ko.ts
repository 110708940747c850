// Korean messages: loaded on demand (a chunk of its own), never before an English first paint.
// One PO catalog per area (scripts/lingui.config.mjs lists the areas), compiled by @lingui/vite-plugin.
// The reactions' and the event study's catalogs load with their sections (i18n.ts, `loadAreas`).
import { messages as common } from './locales/ko/common.po';
import { messages as app } from './locales/ko/app.po';
import { messages as events } from './locales/ko/events.po';
import { messages as timeline } from './locales/ko/timeline.po';
import { messages as rates } from './locales/ko/rates.po';
import { messages as exportArea } from './locales/ko/export.po';
import { messages as user_data } from './locales/ko/user-data.po';

export const messages = { ...common, ...app, ...events, ...timeline, ...rates, ...exportArea, ...user_data };
