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
    // Firefox 140 (desktop) and 142 (Android) are the first to read data_collection_permissions;
    // both have everything else used here (storage.session since 115, tabs, runtime messaging).
    // Android has no windows API and no action.openPopup: the code uses neither (see README).
    browser_specific_settings: {
      gecko: {
        id: 'bandingin@bandingin.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  vite: () => ({
    plugins: [linterSafeDeps(), preact()],
    // the import worker (components/transfer/import.worker.ts) is an ES module, built with the same
    // linter-safe dependencies as the pages
    worker: { format: 'es', plugins: () => [linterSafeDeps()] },
  }),
});
