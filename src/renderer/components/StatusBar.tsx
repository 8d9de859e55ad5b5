import type { AppInfo } from '../../shared/types';
import { baseName } from '../lib/format';
import { count, msg, nouns } from '../messages';
import { useStatusMessage } from '../state/status-message';
import { useWorkspace } from '../state/workspace';
import { CoderSwitch } from './coders/CoderSwitch';
import { ScopeChip } from './sets/ScopeChip';
import type { ProjectData } from '../state/use-project';

interface Props {
  readonly info: AppInfo;
  readonly data: ProjectData;
}

/** One calm line of facts about the open project, like an IDE's status bar. */
export function StatusBar({ info, data }: Props) {
  const { summary, coders } = data;
  const codes = summary.codes;
  const message = useStatusMessage(useWorkspace().messages);
  return (
    <footer role="contentinfo" aria-label={msg.shell.statusBar} className="status-bar">
      <span className="status-item project" title={summary.path}>
        {summary.name} <span className="dim">— {baseName(summary.path)}</span>
      </span>
      <span className="status-item">{count(summary.documents, nouns.document)}</span>
      <span className="status-item" title={msg.shell.levelsTitle}>
        {msg.shell.levels(codes.dimension, codes.theme, codes.concept)}
      </span>
      <span className="status-item">{count(summary.segments, nouns.codedSegment)}</span>
      <span className="spacer" />
      <span className="status-item status-message" role="status" aria-live="polite">
        {message ?? ''}
      </span>
      <ScopeChip sets={data.sets} />
      <CoderSwitch coders={coders} activeCoderId={summary.activeCoderId} blindMode={summary.blindMode} />
      <span className="status-item dim">{msg.shell.host(info.platform === 'web', info.version)}</span>
    </footer>
  );
}
