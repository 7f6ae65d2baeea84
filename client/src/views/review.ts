import { placeholderView } from './placeholder';

export const reviewView = placeholderView(
  'Review',
  'The review queue is not built yet.',
  'It will list facts extracted from press releases, with their sources, for a person to check.',
);
