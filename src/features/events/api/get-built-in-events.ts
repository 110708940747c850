import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ValidatedEvents } from '../model/built-in';
import { getBuiltInEvents } from './built-in-request';
import type { KoText } from '../data/ko-text';

export { getBuiltInEvents } from './built-in-request';

/** Their Korean titles and summaries: another chunk, asked for only when they are needed. */
export async function getBuiltInKorean(): Promise<Readonly<Record<string, KoText>>> {
  return (await import('../data/built-in-events-ko')).BUILT_IN_KO;
}

export const builtInEventsQueryOptions = () =>
  queryOptions({
    queryKey: ['events', 'built-in'] as const,
    queryFn: getBuiltInEvents,
    staleTime: Infinity,
    gcTime: Infinity,
  });

const builtInKoreanQueryOptions = (enabled: boolean) =>
  queryOptions({
    queryKey: ['events', 'built-in', 'ko'] as const,
    queryFn: getBuiltInKorean,
    staleTime: Infinity,
    gcTime: Infinity,
    enabled,
  });

/** The built-in events with their Korean title and summary (`title_ko`, `summary_ko`) attached. */
export function withKoreanTexts(v: ValidatedEvents, ko: Readonly<Record<string, KoText>>): ValidatedEvents {
  return {
    ...v,
    events: v.events.map((e) => {
      const k = ko[e.id];
      return k ? { ...e, title_ko: k.title, summary_ko: k.summary } : e;
    }),
  };
}

/**
 * The built-in events; with `korean` (the Korean UI, or a text filter in Hangul) their Korean texts
 * load too and, once in, stay attached (shown in the Korean UI, searched in either language).
 */
export function useBuiltInEvents(korean = false) {
  const base = useQuery(builtInEventsQueryOptions());
  const ko = useQuery(builtInKoreanQueryOptions(korean));
  const data = useMemo(() => (base.data && ko.data ? withKoreanTexts(base.data, ko.data) : base.data), [base.data, ko.data]);
  return { ...base, data };
}
