// English messages: in the entry chunk (English is the source language and the fallback).
// One PO catalog per area (scripts/lingui.config.mjs lists the areas), compiled by @lingui/vite-plugin.
// The reactions' and the event study's catalogs load with their sections (i18n.ts, `loadAreas`).
import { messages as common } from './locales/en/common.po';
import { messages as app } from './locales/en/app.po';
import { messages as events } from './locales/en/events.po';
import { messages as timeline } from './locales/en/timeline.po';
import { messages as rates } from './locales/en/rates.po';
import { messages as exportArea } from './locales/en/export.po';
import { messages as user_data } from './locales/en/user-data.po';

export const messages = { ...common, ...app, ...events, ...timeline, ...rates, ...exportArea, ...user_data };
