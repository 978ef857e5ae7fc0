import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { linterSafeDeps } from './scripts/lib/linter-safe-deps';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Explicit imports only: auto-imports once pulled the matcher into the content script because a
  // parameter was named like a utils export.
  imports: false,
  outDir: '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // Content scripts run on the supported sites by their match patterns; no host permission,
    // no tabs permission: the extension can read nothing else.
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    browser_specific_settings: {
      gecko: { id: 'bandingin@bandingin.app', data_collection_permissions: { required: ['none'] } },
    },
  },
  vite: () => ({ plugins: [linterSafeDeps(), preact()] }),
});
