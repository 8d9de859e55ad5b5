import { LEVEL_LABEL, type CodeLevel } from '../../../core/codebook';
import { focusOnMount } from '../ui/focus-first';

const BUTTONS: ReadonlyArray<{ level: CodeLevel; label: string }> = [
  { level: 'dimension', label: 'New dimension' },
  { level: 'theme', label: 'New theme' },
  { level: 'concept', label: 'New concept' },
];

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
        BUTTONS.map((b) => (
          <button
            key={b.level}
            type="button"
            className="mini-button"
            aria-label={b.label}
            onClick={() => onStart(b.level)}
            title={`Create a ${LEVEL_LABEL[b.level].toLowerCase()}`}
          >
            + {b.label.replace('New ', '')}
          </button>
        ))
      ) : (
        <input
          className="new-code"
          aria-label={`Name of the new ${creating}`}
          placeholder={`${LEVEL_LABEL[creating]} name, Enter to create`}
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
