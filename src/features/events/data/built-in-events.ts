import type { EventInput } from '../model/event-schema';
import { EVENTS_2006_2009 } from './built-in-events-2006-2009';
import { EVENTS_2010_2014 } from './built-in-events-2010-2014';
import { EVENTS_2015_2016 } from './built-in-events-2015-2016';
import { EVENTS_2017 } from './built-in-events-2017';
import { EVENTS_2018_2021 } from './built-in-events-2018-2021';
import { EVENTS_2022 } from './built-in-events-2022';
import { EVENTS_2023 } from './built-in-events-2023';
import { EVENTS_2024 } from './built-in-events-2024';
import { EVENTS_2025 } from './built-in-events-2025';

/** All built-in events (2006-2025), sorted by date then local time; untimed events follow timed ones on the same day. */
export const BUILT_IN_EVENTS: EventInput[] = [
  ...EVENTS_2006_2009,
  ...EVENTS_2010_2014,
  ...EVENTS_2015_2016,
  ...EVENTS_2017,
  ...EVENTS_2018_2021,
  ...EVENTS_2022,
  ...EVENTS_2023,
  ...EVENTS_2024,
  ...EVENTS_2025,
];
