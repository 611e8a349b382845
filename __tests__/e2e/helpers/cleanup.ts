// What an e2e test starts (servers) and makes (temp directories), closed and removed after
// each test whatever its outcome.
import { afterEach } from 'vitest';
import { rm } from 'node:fs/promises';

export interface Cleanup {
  /** Closed after the test. */
  server<T extends { close(): Promise<void> }>(server: T): T;
  /** Removed after the test. */
  dir(path: string): string;
}

export function cleanupAfterEach(): Cleanup {
  const servers: { close(): Promise<void> }[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  return {
    server(server) {
      servers.push(server);
      return server;
    },
    dir(path) {
      dirs.push(path);
      return path;
    },
  };
}
