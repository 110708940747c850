// English messages: in the entry chunk (English is the source language and the fallback).
// One PO catalog per area (scripts/lingui.config.mjs lists the areas), compiled by @lingui/vite-plugin.
import { messages as common } from './locales/en/common.po';
import { messages as app } from './locales/en/app.po';
import { messages as events } from './locales/en/events.po';
import { messages as timeline } from './locales/en/timeline.po';
import { messages as rates } from './locales/en/rates.po';
import { messages as exportArea } from './locales/en/export.po';
import { messages as reactions } from './locales/en/reactions.po';
import { messages as study } from './locales/en/study.po';
import { messages as user_data } from './locales/en/user-data.po';

export const messages = { ...common, ...app, ...events, ...timeline, ...rates, ...exportArea, ...reactions, ...study, ...user_data };
