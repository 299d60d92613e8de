import { DEFAULT_LANG } from '../format/article.js';
import en from './en.js';
import type { PartialTranslation, Translation } from './translation.js';
import vi from './vi.js';

// One default for documents and pages alike: Vietnamese.
export { DEFAULT_LANG } from '../format/article.js';

const translations = new Map<string, Translation>([
  ['vi', vi],
  ['en', en],
]);
const listeners = new Set<() => void>();

/**
 * Adds a language, or overrides single strings of one, for every element on the page.
 * Strings a new language leaves out fall back to Vietnamese.
 *
 * @example registerTranslation({ $code: 'vi', retry: 'Tải lại' })
 */
export function registerTranslation(...updates: PartialTranslation[]): void {
  for (const update of updates) {
    const code = update.$code.toLowerCase();
    const base = translations.get(code) ?? translations.get(DEFAULT_LANG)!;
    translations.set(code, { ...base, ...update, $code: code });
  }
  for (const listener of listeners) listener();
}

/** The strings for a language tag: exact match, then its primary subtag ("en-GB" → "en"), then Vietnamese. */
export function getTranslation(lang: string): Translation {
  const code = lang.toLowerCase();
  return translations.get(code) ?? translations.get(code.split('-')[0]) ?? translations.get(DEFAULT_LANG)!;
}

/** Calls `listener` whenever translations change; returns the function that stops it. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
