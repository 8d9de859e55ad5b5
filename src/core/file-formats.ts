/**
 * Every kind of file a researcher can bring into a project, in one list: the importers, the open
 * dialogs, the drop zone, the file picker's `accept`, the CLI's help and the refusal message all read
 * it, so a new format is added here once and appears everywhere.
 */
export interface FileKind<F extends string = string> {
  readonly format: F;
  /** What a researcher calls it, e.g. "Word document". */
  readonly label: string;
  /** Lower-case, with the dot; the first is the one shown. */
  readonly extensions: readonly string[];
}

export const TRANSCRIPT_KINDS = [
  { format: 'txt', label: 'Plain text', extensions: ['.txt', '.text'] },
  { format: 'md', label: 'Markdown', extensions: ['.md', '.markdown'] },
  { format: 'docx', label: 'Word document', extensions: ['.docx'] },
  { format: 'odt', label: 'OpenDocument text', extensions: ['.odt'] },
  { format: 'pdf', label: 'PDF document', extensions: ['.pdf'] },
  { format: 'rtf', label: 'Rich Text document', extensions: ['.rtf'] },
  { format: 'html', label: 'Web page (noScribe and others)', extensions: ['.html', '.htm'] },
  { format: 'otr', label: 'oTranscribe transcript', extensions: ['.otr'] },
  { format: 'vtt', label: 'WebVTT captions', extensions: ['.vtt'] },
  { format: 'srt', label: 'SubRip captions', extensions: ['.srt'] },
] as const satisfies readonly FileKind[];

export const REFI_KINDS = [
  { format: 'qdpx', label: 'REFI-QDA project', extensions: ['.qdpx'] },
  { format: 'qdc', label: 'REFI-QDA codebook', extensions: ['.qdc'] },
] as const satisfies readonly FileKind[];

export type TranscriptFormat = (typeof TRANSCRIPT_KINDS)[number]['format'];
export type RefiFormat = (typeof REFI_KINDS)[number]['format'];

/** The extension of a file name or path, lower-case with its dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function kindOf<K extends FileKind>(kinds: readonly K[], fileName: string): K['format'] | null {
  const extension = extensionOf(fileName);
  return kinds.find((k) => k.extensions.includes(extension))?.format ?? null;
}

export function transcriptFormatOf(fileName: string): TranscriptFormat | null {
  return kindOf(TRANSCRIPT_KINDS, fileName);
}

export function refiFormatOf(fileName: string): RefiFormat | null {
  return kindOf(REFI_KINDS, fileName);
}

/** Every importable extension, without dots (native open dialogs want them so). */
export function importableExtensions(): string[] {
  return [...TRANSCRIPT_KINDS, ...REFI_KINDS].flatMap((k) => k.extensions.map((e) => e.slice(1)));
}

/** The `accept` attribute of a file input for everything importable. */
export function importAccept(): string {
  return [...TRANSCRIPT_KINDS, ...REFI_KINDS].flatMap((k) => k.extensions).join(',');
}

/** ".txt, .md, .docx, .vtt and .srt": the shown extension of each transcript kind, as a phrase. */
export function transcriptExtensionsPhrase(): string {
  const shown = TRANSCRIPT_KINDS.map((k) => k.extensions[0]);
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** What the app writes: each output format's media type, and whether it is text (the CLI may print it). */
export const OUTPUT_KINDS = {
  svg: { mime: 'image/svg+xml', text: true },
  png: { mime: 'image/png', text: false },
  pdf: { mime: 'application/pdf', text: false },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', text: false },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', text: false },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', text: false },
  csv: { mime: 'text/csv', text: true },
  md: { mime: 'text/markdown', text: true },
  tex: { mime: 'application/x-tex', text: true },
  json: { mime: 'application/json', text: true },
  qdpx: { mime: 'application/zip', text: false },
  qdc: { mime: 'application/xml', text: true },
  gioia: { mime: 'application/vnd.sqlite3', text: false },
  /** Several pages of an image format (SVG or PNG) in one download. */
  zip: { mime: 'application/zip', text: false },
} as const satisfies Readonly<Record<string, { readonly mime: string; readonly text: boolean }>>;

export type OutputFormat = keyof typeof OUTPUT_KINDS;

export function mimeOf(format: string): string {
  return (OUTPUT_KINDS as Readonly<Record<string, { mime: string }>>)[format]?.mime ?? 'application/octet-stream';
}

export function isTextOutput(format: string): boolean {
  return (OUTPUT_KINDS as Readonly<Record<string, { text: boolean }>>)[format]?.text ?? false;
}

/**
 * Recordings a transcript can be linked to: what Chromium (the app's engine) plays. QuickTime .mov
 * is the ISO media format MP4 is built on, so it is served as MP4, the type Chromium accepts.
 */
export const MEDIA_KINDS = [
  { format: 'mp3', label: 'MP3 audio', extensions: ['.mp3'], media: 'audio', mime: 'audio/mpeg' },
  { format: 'm4a', label: 'MPEG-4 audio', extensions: ['.m4a'], media: 'audio', mime: 'audio/mp4' },
  { format: 'wav', label: 'WAV audio', extensions: ['.wav'], media: 'audio', mime: 'audio/wav' },
  { format: 'ogg', label: 'Ogg audio', extensions: ['.ogg', '.oga', '.opus'], media: 'audio', mime: 'audio/ogg' },
  { format: 'flac', label: 'FLAC audio', extensions: ['.flac'], media: 'audio', mime: 'audio/flac' },
  { format: 'webm', label: 'WebM video', extensions: ['.webm'], media: 'video', mime: 'video/webm' },
  { format: 'mp4', label: 'MPEG-4 video', extensions: ['.mp4', '.m4v'], media: 'video', mime: 'video/mp4' },
  { format: 'mov', label: 'QuickTime video', extensions: ['.mov'], media: 'video', mime: 'video/mp4' },
] as const satisfies readonly (FileKind & { readonly media: 'audio' | 'video'; readonly mime: string })[];

export type MediaFormat = (typeof MEDIA_KINDS)[number]['format'];

export function mediaFormatOf(fileName: string): MediaFormat | null {
  return kindOf(MEDIA_KINDS, fileName);
}

/** The `accept` attribute of a file input for recordings. */
export function mediaAccept(): string {
  return MEDIA_KINDS.flatMap((k) => k.extensions).join(',');
}

/** ".mp3, .m4a, …": the shown extension of each media kind, for messages. */
export function mediaExtensionsPhrase(): string {
  return MEDIA_KINDS.map((k) => k.extensions[0]).join(', ');
}
