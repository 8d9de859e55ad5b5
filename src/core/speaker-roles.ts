/**
 * Who asks and who answers. Gioia's 1st-order concepts are the informants' terms, so a researcher
 * filters searches and quotes by role; the import suggests roles from the labels' names.
 */
export const SPEAKER_ROLES = ['interviewer', 'informant'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/** Names that transcription conventions use for the person asking. */
const INTERVIEWER =
  /^(?:int|intv|interviewer(?:in)?|i|q|mod|moderator|moderatorin|facilitator|researcher|befrager(?:in)?)(?:[ .#_-]?\d{0,2})?$/i;

export function looksLikeInterviewer(speaker: string): boolean {
  return INTERVIEWER.test(speaker.trim());
}

/**
 * Roles for the accepted speakers: interviewer-like names are interviewers and, once one is
 * found, everyone else is an informant; with no interviewer-like name, no role is guessed.
 */
export function suggestRoles(speakers: readonly string[]): Record<string, SpeakerRole> {
  const roles: Record<string, SpeakerRole> = {};
  if (!speakers.some(looksLikeInterviewer)) return roles;
  for (const s of speakers) roles[s] = looksLikeInterviewer(s) ? 'interviewer' : 'informant';
  return roles;
}
