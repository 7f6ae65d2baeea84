import { placeholderView } from './placeholder';

export const briefingView = placeholderView(
  'Briefing',
  'The briefing page is not built yet.',
  'It will be a one-page summary for a region and period — key figures, what changed, top partnerships and biggest gaps — that prints to PDF.',
);
