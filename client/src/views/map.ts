import { placeholderView } from './placeholder';

export const mapView = placeholderView(
  'Map',
  'The map is not built yet.',
  'It will show where organisations and agreements are, region by region.',
);
