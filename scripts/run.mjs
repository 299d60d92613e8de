// Runs a command from node_modules/.bin (or the PATH) in the foreground, exiting on failure.
import { spawnSync } from 'node:child_process';

/** Runs `command args…` with inherited output; returns its exit status, or exits when `exitOnFailure`. */
export function run(command, args, { exitOnFailure = true, env } = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, PATH: `node_modules/.bin:${process.env.PATH}`, ...env },
  });
  const status = result.status ?? 1;
  if (status !== 0 && exitOnFailure) process.exit(status);
  return status;
}
