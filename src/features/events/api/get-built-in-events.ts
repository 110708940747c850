import { queryOptions, useQuery } from '@tanstack/react-query';
import { prepareBuiltInEvents, type ValidatedEvents } from '../model/built-in';

/** The built-in events load as their own chunk, in parallel with the rates. */
export async function getBuiltInEvents(): Promise<ValidatedEvents> {
  const { BUILT_IN_EVENTS } = await import('../data/built-in-events');
  return prepareBuiltInEvents(BUILT_IN_EVENTS);
}

export const builtInEventsQueryOptions = () =>
  queryOptions({
    queryKey: ['events', 'built-in'] as const,
    queryFn: getBuiltInEvents,
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function useBuiltInEvents() {
  return useQuery(builtInEventsQueryOptions());
}
