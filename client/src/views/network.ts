import { placeholderView } from './placeholder';

export const networkView = placeholderView(
  'Network',
  'The network explorer is not built yet.',
  'It will show who cooperates with whom: hubs, brokers and clusters of the cooperation network, and how two organisations are connected.',
);
