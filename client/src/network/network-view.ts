import './network-view.css';
import { mountNetworkExplorer } from './network-explorer';
import type { View } from '../views/view';

/** `/network`: the cooperation network explorer (see client/src/network/). */
export const networkView: View = (root) => mountNetworkExplorer(root);
