import type { AppInfo } from '../../shared/types';
import { baseName, plural } from '../lib/format';
import { useStatusMessage } from '../state/status-message';
import { useWorkspace } from '../state/workspace';
import { CoderSwitch } from './coders/CoderSwitch';
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
    <footer role="contentinfo" aria-label="Status bar" className="status-bar">
      <span className="status-item project" title={summary.path}>
        {summary.name} <span className="dim">— {baseName(summary.path)}</span>
      </span>
      <span className="status-item">{plural(summary.documents, 'document')}</span>
      <span className="status-item" title="Aggregate dimensions · 2nd-order themes · 1st-order concepts">
        {plural(codes.dimension, 'dimension')} · {plural(codes.theme, 'theme')} · {plural(codes.concept, 'concept')}
      </span>
      <span className="status-item">{plural(summary.segments, 'coded segment')}</span>
      <span className="spacer" />
      <span className="status-item status-message" role="status" aria-live="polite">
        {message ?? ''}
      </span>
      <CoderSwitch coders={coders} activeCoderId={summary.activeCoderId} />
      <span className="status-item dim">
        {info.platform === 'web' ? 'Browser mode' : 'Desktop'} · v{info.version}
      </span>
    </footer>
  );
}
