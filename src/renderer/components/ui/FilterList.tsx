import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import './ui.css';

interface Props<T> {
  /** The filter field's accessible name. */
  readonly label: string;
  /** The list's accessible name. */
  readonly listLabel: string;
  readonly placeholder?: string;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  /** The options for the current query, best first; the first is active after each change. */
  readonly options: readonly T[];
  readonly keyOf: (option: T) => string;
  readonly render: (option: T) => ReactNode;
  readonly onChoose: (option: T) => void;
  /** Keys the owner handles before the list (return true when it did), e.g. a shortcut. */
  readonly onKey?: (e: KeyboardEvent<HTMLInputElement>) => boolean;
}

/**
 * Type to filter, arrows to move, Enter or a click to choose: the WAI-ARIA combobox with its list
 * always shown, for the code picker and "Move to…". The field keeps the focus and points at the
 * active option with aria-activedescendant; Escape is left to the popover or dialog around it.
 */
export function FilterList<T>({ label, listLabel, placeholder, query, onQuery, options, keyOf, render, onChoose, onKey }: Props<T>) {
  const [active, setActive] = useState(0);
  const id = useId();
  const current = Math.min(active, options.length - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (onKey?.(e) === true) return;
    const n = Math.max(1, options.length);
    if (e.key === 'ArrowDown') setActive((current + 1) % n);
    else if (e.key === 'ArrowUp') setActive((current - 1 + n) % n);
    else if (e.key === 'Home' && e.ctrlKey) setActive(0);
    else if (e.key === 'End' && e.ctrlKey) setActive(n - 1);
    else if (e.key === 'Enter') {
      const option = options[current];
      if (option !== undefined) onChoose(option);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <>
      <input
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={`${id}-options`}
        aria-activedescendant={options.length > 0 ? `${id}-option-${current}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          onQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-options`} role="listbox" aria-label={listLabel} className="filter-list">
        {options.map((o, i) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are handled by the filter field that holds the focus and points at this option with aria-activedescendant (the WAI-ARIA combobox pattern)
          <li
            key={keyOf(o)}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(o)}
          >
            {render(o)}
          </li>
        ))}
      </ul>
    </>
  );
}
