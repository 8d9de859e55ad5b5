/** Reading recordings' headers (container, audio or video, duration) for linking them to transcripts. */
export { probeMedia, type MediaProbe, type Container } from './probe';
