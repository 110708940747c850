import { browserLang } from '../i18n/lang';
// Imported first by main.tsx, so that its code runs before the rest of the entry chunk: the
// built-in events' chunk, which the first view waits for, is requested at once, not after the
// whole entry chunk has run (responses are taken in only when the main thread is free, and it
// is busy from then on). The events' query imports the same module (get-built-in-events.ts):
// this only asks for it sooner.
void import('../features/events/data/built-in-events');

// The built-in events' Korean texts (their own chunk), at once when the page opens in Korean: the
// link's lang=ko, or no lang= and a Korean browser (what use-lang.ts decides once the store is up).
const linkLang = new URLSearchParams(window.location.search).get('lang')?.trim().toLowerCase();
if (linkLang === 'ko' || (linkLang !== 'en' && browserLang(navigator.languages) === 'ko')) void import('../features/events/data/built-in-events-ko');
