import type { EventInput } from '../model/event-schema';
import { EVENTS_2006_2016 } from './built-in-events-2006-2016';
import { EVENTS_2017_2021 } from './built-in-events-2017-2021';
import { EVENTS_2022_2023 } from './built-in-events-2022-2023';
import { EVENTS_2024_2025 } from './built-in-events-2024-2025';

/** All built-in events (2006-2025), sorted by date then local time; untimed events follow timed ones on the same day. */
export const BUILT_IN_EVENTS: EventInput[] = [
  ...EVENTS_2006_2016,
  ...EVENTS_2017_2021,
  ...EVENTS_2022_2023,
  ...EVENTS_2024_2025,
];
