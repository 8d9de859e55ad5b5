import { htmlToText } from './html-text';
import { refuse } from './refusal';

/**
 * oTranscribe's .otr: JSON whose `text` is the editor's HTML. Its timestamps are spans showing
 * `2:03` before the words, which the text keeps (the speaker detector reads `2:03 Ana: …`); the
 * media file it was transcribed from becomes a document attribute.
 */
export function readOtr(json: string): { text: string; attributes: Record<string, string> } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return refuse(`is not a valid oTranscribe file (its JSON cannot be read: ${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || typeof (data as { text?: unknown }).text !== 'string') {
    return refuse('is not a valid oTranscribe file (it has no "text" field)');
  }
  const { text, media } = data as { text: string; media?: unknown };
  const attributes: Record<string, string> = {};
  if (typeof media === 'string' && media.trim() !== '') attributes['Media'] = media.trim();
  return { text: htmlToText(text).text, attributes };
}
