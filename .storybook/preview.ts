import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { LAYOUT_ATTRIBUTE } from '../src/layout/layout-store.js';
import { installFixtures } from './fixtures.js';

// Controls and the docs page come from the JSDoc of each element (npm run build writes the manifest).
setCustomElementsManifest(manifest);
installFixtures();

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark theme (data-news-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    layout: {
      description: 'Page layout (data-news-layout on <html>)',
      toolbar: {
        title: 'Layout',
        icon: 'mobile',
        items: [
          { value: 'desktop', title: 'Desktop' },
          { value: 'mobile', title: 'Mobile' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light', layout: 'desktop' },
  decorators: [
    (story, { globals }) => {
      document.documentElement.setAttribute(LAYOUT_ATTRIBUTE, globals.layout === 'mobile' ? 'mobile' : 'desktop');
      return html`<div class="story-frame" lang=${globals.locale ?? 'vi'} data-news-theme=${globals.theme ?? 'light'}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone (360×740)', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        phoneLarge: { name: 'Large phone (414×896)', styles: { width: '414px', height: '896px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768×1024)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280×800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
