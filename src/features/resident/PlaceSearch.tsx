/** The search box: filters parks and offers places from the gazetteer (resident feature). */
import { SearchBox } from '../filters/FilterPanel.tsx';

export function PlaceSearch() {
  return <SearchBox />;
}
