// Partial reports between the matrix's shard jobs and the merge job, as workflow artifacts
// (@actions/artifact: the same store actions/upload-artifact uses, so a user can also
// download them from the run page). Loaded only in a shard or merge job.
import { mkdir, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Every partial artifact's name starts with this; the shard's i-of-n follows. */
export const PARTIAL_ARTIFACT_PREFIX = 'llm-gate-partial-';

export function partialArtifactName(shard: { index: number; count: number }): string {
  return `${PARTIAL_ARTIFACT_PREFIX}${shard.index}-of-${shard.count}`;
}

export async function uploadPartial(reportPath: string, shard: { index: number; count: number }): Promise<string> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const name = partialArtifactName(shard);
  await client.uploadArtifact(name, [reportPath], dirname(reportPath), { retentionDays: 1 });
  return name;
}

/** Downloads this run's partial artifacts into `into`; returns the report files, one per artifact. */
export async function downloadPartials(into: string): Promise<string[]> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const files: string[] = [];
  for (const artifact of artifacts.filter((a) => a.name.startsWith(PARTIAL_ARTIFACT_PREFIX)).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(into, basename(artifact.name));
    await mkdir(path, { recursive: true });
    await client.downloadArtifact(artifact.id, { path });
    for (const file of await readdir(path)) if (file.endsWith('.json')) files.push(join(path, file));
  }
  return files;
}
