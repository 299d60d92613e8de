import { installThemeAttribute } from './styles/theme-attribute.js';

/**
 * Registers `tag` for `constructor`, once. A tag already registered by the same class is left
 * alone (a register module imported twice); one registered by another class — a second copy of
 * the library, or another library's element of that name — is kept, with a warning, because a
 * tag cannot be registered twice.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  installThemeAttribute();
  const registered = customElements.get(tag);
  if (!registered) {
    customElements.define(tag, constructor);
  } else if (registered !== constructor) {
    console.warn(`news-widgets: <${tag}> is already registered by another class; keeping that one.`);
  }
}
