import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ALL_HOST_PATTERNS } from './utils/sites/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['storage', 'tabs'],
    host_permissions: ALL_HOST_PATTERNS,
    action: { default_title: '__MSG_actionTitle__' },
    browser_specific_settings: {
      gecko: { id: 'bandingin@bandingin.app', data_collection_permissions: { required: ['none'] } },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
