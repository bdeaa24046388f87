/**
 * One writer per report folder at a time. A lock file beside the folder (`.<name>.plancast-lock`, created
 * exclusively, holding the writer's process id and host) is taken before anything is touched and removed
 * when the writer is done. A second writer waits up to `waitMs` for it and then refuses with
 * E_REPORT_LOCKED; a lock whose process is gone (a writer that was killed) is stale and taken over.
 */
import { hostname } from 'node:os';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PlancastError } from '../core/errors.js';

export interface ReportLock {
  path: string;
  release(): Promise<void>;
}

export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.plancast-lock`);
}

interface LockOwner {
  pid: number;
  host: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host } : undefined;
  } catch {
    return undefined;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock of the report folder `target`, waiting up to `waitMs` for another writer. */
export async function acquireReportLock(target: string, waitMs = 2000): Promise<ReportLock> {
  const path = lockPathFor(target);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      // Written aside and linked into place, so a lock file never exists without its owner in it.
      const draft = `${path}.${process.pid}`;
      await writeFile(draft, JSON.stringify({ pid: process.pid, host: hostname() }));
      try {
        await link(draft, path).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code === 'EEXIST') throw error;
          // a file system without hard links: create the lock exclusively instead
          await writeFile(path, JSON.stringify({ pid: process.pid, host: hostname() }), { flag: 'wx' });
        });
        return { path, release: () => rm(path, { force: true }) };
      } finally {
        await rm(draft, { force: true });
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(path);
    // A lock of a process on this host that no longer runs is stale: its writer was killed.
    if (owner !== undefined && owner.host === hostname() && !isAlive(owner.pid)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const holder = owner === undefined ? 'another process' : `process ${owner.pid} on ${owner.host}`;
      throw new PlancastError('E_REPORT_LOCKED', `another plancast run (${holder}) is writing the report folder ${target}`, {
        remedy: `wait for it to finish and run again; if no plancast is running, remove ${path}`,
        exitCode: 1,
      });
    }
    await pause(50);
  }
}
