import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Creates a fresh folder under `parent` holding exactly `files` (name → content). The
 * sandbox runs as another uid and mounts it read-only, so the folder is 0755 and the files
 * 0644 (set explicitly: the grader's umask must not decide what the sandbox can read).
 */
export async function createWorkDir(
  parent: string,
  files: Readonly<Record<string, string>>,
): Promise<string> {
  const dir = await mkdtemp(join(parent, 'threadlab-grade-'));
  try {
    await chmod(dir, 0o755);
    for (const [name, content] of Object.entries(files)) {
      const path = join(dir, name);
      await writeFile(path, content, { flag: 'wx' });
      await chmod(path, 0o644);
    }
    return dir;
  } catch (error) {
    await removeWorkDir(dir);
    throw error;
  }
}

export async function removeWorkDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
