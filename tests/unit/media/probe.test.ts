import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSource } from '../../../src/adapters/archive/byte-source';
import { probeMedia } from '../../../src/adapters/media';
import { ffprobeDurationMs, speech, tone, vbrMp3, video, type ToneFormat } from '../../fixtures/media/make-media';
import { tempDir } from '../../integration/helpers/temp';

function probe(path: string) {
  const source = fileSource(path);
  try {
    return probeMedia(source);
  } finally {
    source.close();
  }
}

const AUDIO: readonly [ToneFormat, string][] = [
  ['ogg', 'audio/ogg'],
  ['opus', 'audio/ogg'],
  ['mp3', 'audio/mpeg'],
  ['wav', 'audio/wav'],
  ['flac', 'audio/flac'],
  ['m4a', 'audio/mp4'],
];

describe('recognising recordings by their content', () => {
  for (const [format, mime] of AUDIO) {
    it(`reads the type and duration of ${format} audio`, () => {
      const path = tone(3, format);
      const found = probe(path);
      expect(found).toMatchObject({ kind: 'audio', mime });
      expect(Math.abs((found?.durationMs ?? 0) - ffprobeDurationMs(path))).toBeLessThan(150);
    });
  }

  it('reads the duration of a variable-bitrate mp3 from its frame count', () => {
    const path = vbrMp3(4);
    expect(Math.abs((probe(path)?.durationMs ?? 0) - ffprobeDurationMs(path))).toBeLessThan(150);
  });

  it('reads the duration of spoken words (espeak-ng) resampled to Ogg by sox', () => {
    const path = speech('We waited three days for the engineer.');
    expect(probe(path)).toMatchObject({ kind: 'audio', mime: 'audio/ogg' });
    expect(Math.abs((probe(path)?.durationMs ?? 0) - ffprobeDurationMs(path))).toBeLessThan(150);
  });

  it('recognises WebM and MP4 video', () => {
    expect(probe(video(2, 'webm'))).toMatchObject({ kind: 'video', mime: 'video/webm' });
    expect(probe(video(2, 'mp4'))).toMatchObject({ kind: 'video', mime: 'video/mp4' });
  });

  it('recognises no recording in a text file named .mp3', () => {
    const path = join(tempDir(), 'notes.mp3');
    writeFileSync(path, 'Interview notes, not a recording.\n'.repeat(20));
    expect(probe(path)).toBeNull();
  });
});
