import { queryOptions, useQuery } from '@tanstack/react-query';
import { getSnapshot } from './snapshot-request';

export { getSnapshot, SNAPSHOT_URL } from './snapshot-request';

export const snapshotQueryOptions = () =>
  queryOptions({
    queryKey: ['rates', 'snapshot'] as const,
    queryFn: ({ signal }) => getSnapshot(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

export function useSnapshot() {
  return useQuery(snapshotQueryOptions());
}
