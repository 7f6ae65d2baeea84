import { ORGANIZATION_TYPES, type OrganizationType } from '../api/queries';
import { enumParam, textParam, type QuerySchema } from '../state/query-state';

/** The organisations view's state as kept in the query string: `?q=…&type=…`. */
export interface OrganizationFilterState {
  readonly q: string;
  readonly type: OrganizationType | null;
}

export const ORGANIZATION_FILTER_SCHEMA: QuerySchema<OrganizationFilterState> = {
  q: textParam,
  type: enumParam(ORGANIZATION_TYPES),
};
