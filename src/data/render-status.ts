import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import { DEV_MODE } from './dev-mode.js';
import { formatProblem } from './problems.js';
import type { DataStatus, LoadError } from './types.js';

/**
 * The loading, error and empty states every element shows, alike everywhere; nothing while idle
 * or ready. Style it with `statusStyles` (src/styles/status.styles.ts).
 */
export function renderStatus(data: DataStatus, localize: LocalizeController): TemplateResult | typeof nothing {
  switch (data.state) {
    case 'loading':
      return html`<div part="status loading" class="status loading" role="status" aria-live="polite">
        ${localize.term('loading')}
      </div>`;
    case 'error':
      return html`<div part="status error" class="status error" role="alert">
        <p class="message">${localize.term(data.error?.kind === 'timeout' ? 'loadTimeout' : 'loadError')}</p>
        <button part="retry-button" class="retry" type="button" @click=${() => data.retry()}>
          ${localize.term('retry')}
        </button>
        ${DEV_MODE ? renderProblems(data.error, localize) : nothing}
      </div>`;
    case 'empty':
      return html`<p part="status empty" class="status empty">${localize.term('empty')}</p>`;
    default:
      return nothing;
  }
}

/** The parser's problems, for the developer of the page (development builds only). */
function renderProblems(error: LoadError | undefined, localize: LocalizeController) {
  if (!error?.errors?.length) return nothing;
  return html`<details part="error-details" class="details" open>
    <summary>${localize.term('errorDetails')}</summary>
    <ul>
      ${error.errors.map((problem) => html`<li>${formatProblem(problem)}</li>`)}
    </ul>
  </details>`;
}
