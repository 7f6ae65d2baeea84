import { placeholderView } from './placeholder';

export const coverageView = placeholderView(
  'Coverage',
  'The coverage view is not built yet.',
  'It will show, for an industry chain and a region, which chain segments and enterprises have education partners, which have none, and which institutions could fill the gaps.',
);
