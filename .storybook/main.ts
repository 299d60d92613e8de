import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: telemetry would stall the build while it tries to reach its host.
  core: { disableTelemetry: true },
  // The sample data and images, at the paths the demo server uses.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  docs: { defaultName: 'Docs' },
  tags: { autodocs: { defaultFilterFunction: true } },
};

export default config;
