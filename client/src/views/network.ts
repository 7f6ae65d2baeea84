import './network.css';
import { mountNetworkExplorer } from '../network/network-explorer';
import type { View } from './view';

/** `/network`: the cooperation network explorer (see client/src/network/). */
export const networkView: View = (root) => mountNetworkExplorer(root);
