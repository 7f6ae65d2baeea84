import { placeholderView } from './placeholder';

export const timelineView = placeholderView(
  'Timeline',
  'The timeline is not built yet.',
  'It will show how cooperation grew: agreements signed and ended over time.',
);
