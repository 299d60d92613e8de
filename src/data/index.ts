export { newsContext, type NewsContext } from './context.js';
export { DataController, type DataControllerOptions } from './data-controller.js';
export { DEV_MODE } from './dev-mode.js';
export { renderStatus } from './render-status.js';
export { DATA_STATES, LOAD_ERROR_KINDS } from './types.js';
export type { DataState, DataStatus, LoadError, LoadErrorKind, ParseFunction } from './types.js';
