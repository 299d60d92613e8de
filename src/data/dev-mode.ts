import { ReactiveElement } from 'lit';

/**
 * True in development builds, where error panels list the parser's problems and parse warnings go
 * to the console. It follows the switch that already picks Lit's development build — the
 * `development` export condition, set by Vite's and web-test-runner's dev servers — because only
 * that build defines `ReactiveElement.enabledWarnings`. Production bundles get `false` with no
 * build step of our own.
 */
export const DEV_MODE = ReactiveElement.enabledWarnings !== undefined;
