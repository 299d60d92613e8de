export { LayoutController } from './layout-controller.js';
export {
  getLayout,
  getLayoutMode,
  LAYOUT_ATTRIBUTE,
  LAYOUT_MODES,
  LAYOUT_STORAGE_KEY,
  LAYOUTS,
  setLayoutMode,
  subscribeLayout,
  type Layout,
  type LayoutMode,
} from './layout-store.js';
