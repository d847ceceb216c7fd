import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in tests/unit/scripts/. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a TypeScript script the way `npx tsx SCRIPT ARGS` does, through the local tsx
 * binary directly, so that npm's own warnings never reach the script's stderr.
 */
export function runScript(script: string, ...args: string[]): ScriptRun {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
