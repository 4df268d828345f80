import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { traceIdsFromSearch } from '../../state/url/jaeger-links';
import { SearchPage } from '../search/search-page';
import { TraceListPage } from './trace-list-page';

/** `/search`: the search page, or Jaeger UI's `/search?traceID=…` list of traces by id. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const list = useMemo(() => traceIdsFromSearch(params), [params]);
  return list ? <TraceListPage list={list} /> : <SearchPage />;
}
