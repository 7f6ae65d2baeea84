import './network-view.css';
import { mountNetworkExplorer } from './network-explorer';
import type { View } from '../views/view';

/** `/network`: the cooperation network explorer (network-explorer.ts and the rest of this folder). */
export const networkView: View = (root) => mountNetworkExplorer(root);
