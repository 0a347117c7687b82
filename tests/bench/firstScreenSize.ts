/**
 * The JavaScript a browser must fetch before it can show the first screen: the build's entry chunk
 * and every chunk it imports statically, read from Vite's manifest. Chunks loaded by `import()`
 * (each view but the first) are left out, as the browser fetches them only when a view is opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}

export interface ChunkWeights {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/**
 * Reads `dist/.vite/manifest.json` and weighs the first screen's chunks, the lazily loaded ones, and
 * the data the entry fetches (the 2004/05 plan, fetched only on a first visit or for a new scenario).
 */
export function firstScreenWeights(dist: string): {
  firstScreen: ChunkWeights;
  lazy: ChunkWeights;
  firstVisitData: ChunkWeights;
} {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length === 0) throw new Error('the build manifest names no entry chunk');

  const staticKeys = new Set<string>();
  const visit = (key: string) => {
    if (staticKeys.has(key)) return;
    staticKeys.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  entries.forEach(visit);

  const weighFiles = (files: string[]): ChunkWeights => {
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const content = readFileSync(join(dist, file));
      rawBytes += content.length;
      gzipBytes += gzipSync(content).length;
    }
    return { files, rawBytes, gzipBytes };
  };
  const weigh = (keys: string[]) =>
    weighFiles(keys.map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js')));
  const lazyKeys = Object.keys(manifest).filter((key) => !staticKeys.has(key));
  const entryData = entries.flatMap((key) => manifest[key]?.assets ?? []).filter((file) => file.endsWith('.json'));
  return { firstScreen: weigh([...staticKeys]), lazy: weigh(lazyKeys), firstVisitData: weighFiles(entryData) };
}
