export { LocalizeController } from './localize.js';
export { DEFAULT_LANG, getTranslation, registerTranslation } from './registry.js';
export type { PartialTranslation, Translation } from './translation.js';
export { formatDate, formatRelativeTime, isoOffsetMinutes, type DateFormatOptions } from './dates.js';
