import { shortcutText } from '../../shared/shortcuts';
import { IS_MAC } from '../lib/keyboard';
import type { MainView } from '../views/registry';
import type { MainViewId } from '../views/view-context';
import { msg } from '../messages';

/** Tabs over the main pane (Transcript, Data structure, Matrix, Compare). */
export function ViewTabs(props: { views: readonly MainView[]; current: MainViewId; onSelect: (id: MainViewId) => void }) {
  return (
    <div role="tablist" aria-label={msg.shell.views} className="view-tabs">
      {props.views.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          aria-selected={v.id === props.current}
          className="view-tab"
          title={msg.shell.viewTab(v.label, shortcutText(v.shortcut, IS_MAC))}
          onClick={() => props.onSelect(v.id)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
