import { zipSync } from 'fflate';

/** Several pages of an image format in one download: page-1.svg, page-2.svg, … */
export function pagesZip(ext: string, pages: ReadonlyArray<Buffer | string>): Buffer {
  const files: Record<string, Uint8Array> = {};
  pages.forEach((p, i) => {
    files[`page-${i + 1}.${ext}`] = typeof p === 'string' ? Buffer.from(p, 'utf8') : new Uint8Array(p);
  });
  return Buffer.from(zipSync(files, { level: 6 }));
}
