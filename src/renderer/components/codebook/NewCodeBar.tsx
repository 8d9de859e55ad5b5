import { LEVEL_LABEL, type CodeLevel } from '../../../core/codebook';
import { focusOnMount } from '../ui/focus-first';
import { msg } from '../../messages';

const LEVELS: readonly CodeLevel[] = ['dimension', 'theme', 'concept'];

/**
 * Create buttons over the tree and, while creating, one name field. A new theme goes under the
 * focused dimension, a new concept under the focused theme, as a coder building the tree expects.
 */
export function NewCodeBar({
  creating,
  onStart,
  onCreate,
}: {
  creating: CodeLevel | null;
  onStart: (l: CodeLevel | null) => void;
  onCreate: (l: CodeLevel, name: string) => void;
}) {
  return (
    <div className="codebook-toolbar">
      {creating === null ? (
        LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className="mini-button"
            aria-label={msg.codebook.newButton[level]}
            onClick={() => onStart(level)}
            title={msg.codebook.createTitle(LEVEL_LABEL[level])}
          >
            {msg.codebook.newButtonText[level]}
          </button>
        ))
      ) : (
        <input
          className="new-code"
          aria-label={msg.codebook.newName(creating)}
          placeholder={msg.codebook.newNamePlaceholder(LEVEL_LABEL[creating])}
          ref={focusOnMount}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onStart(null);
            if (e.key === 'Enter' && e.currentTarget.value.trim() !== '') onCreate(creating, e.currentTarget.value.trim());
          }}
          onBlur={() => onStart(null)}
        />
      )}
    </div>
  );
}
