// Synthetic events for tests (never real events).
import type { KrwEvent } from './event-schema';

export function ev(id: string, date: string, extra: Partial<KrwEvent> = {}): KrwEvent {
  return {
    id,
    date,
    timezone: 'Asia/Seoul',
    category: 'sanction',
    actor: 'Test',
    title: `Event ${id}`,
    summary: 'synthetic',
    source_url: 'https://example.org/',
    ...extra,
  };
}
