import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { handlers, staticDataHandlers } from './handlers';

// Paths as strings: under jsdom the global URL is jsdom's, which node:fs does not take.
const publicData = resolve(dirname(fileURLToPath(import.meta.url)), '../public/data');
const files = new Map<string, string>();

/** public/data/<name>, read once; null when the file does not exist (yet). */
function readPublicData(name: string): string | null {
  if (!files.has(name)) {
    const path = resolve(publicData, name);
    if (!existsSync(path)) return null;
    files.set(name, readFileSync(path, 'utf8'));
  }
  return files.get(name) ?? null;
}

/** MSW for Vitest; test/setup.ts starts it with onUnhandledRequest: 'error'. */
export const server = setupServer(...handlers, ...staticDataHandlers(readPublicData));
