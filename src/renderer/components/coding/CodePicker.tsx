import { useMemo, useState, type KeyboardEvent } from 'react';
import type { CodeId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';
import { matchesShortcut, shortcutText } from '../../../shared/shortcuts';
import { rankConcepts } from '../../lib/code-filter';
import { IS_MAC, keyContext } from '../../lib/keyboard';
import { Popover } from '../ui/Popover';
import { msg } from '../../messages';

interface Props {
  readonly concepts: readonly CodeRow[];
  /** Offered first, so Enter right away applies the last code again. */
  readonly lastCodeId: CodeId | null;
  /** Where to open (viewport coordinates, below the selection). */
  readonly at: { readonly x: number; readonly y: number };
  readonly title: string;
  /** Offer in-vivo coding (a new concept named by the selected words). */
  readonly inVivo: boolean;
  readonly onApply: (codeId: CodeId) => void;
  readonly onCreate: (name: string) => void;
  readonly onInVivo: () => void;
  readonly onClose: () => void;
}

type Option =
  { readonly kind: 'code'; readonly code: CodeRow } | { readonly kind: 'create'; readonly name: string } | { readonly kind: 'in-vivo' };

/** The code picker at a selection: type to filter concepts, Enter applies, Esc closes. */
export function CodePicker({ concepts, lastCodeId, at, title, inVivo, onApply, onCreate, onInVivo, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const options = useMemo<Option[]>(() => {
    const ranked = rankConcepts(concepts, query, lastCodeId).slice(0, 40);
    const list: Option[] = ranked.map((code) => ({ kind: 'code', code }));
    const name = query.trim();
    if (name !== '' && !concepts.some((c) => c.name.toLowerCase() === name.toLowerCase())) list.push({ kind: 'create', name });
    if (inVivo) list.push({ kind: 'in-vivo' });
    return list;
  }, [concepts, query, lastCodeId, inVivo]);
  const current = Math.min(active, options.length - 1);

  const choose = (o: Option | undefined) => {
    if (o === undefined) return;
    if (o.kind === 'code') onApply(o.code.id);
    else if (o.kind === 'create') onCreate(o.name);
    else onInVivo();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, options.length));
    else if (e.key === 'ArrowUp') setActive((current - 1 + options.length) % Math.max(1, options.length));
    else if (e.key === 'Enter') choose(options[current]);
    else if (inVivo && matchesShortcut('in-vivo', e, keyContext(e))) onInVivo();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <Popover label={title} at={at} onClose={onClose} className="code-picker">
      <input
        role="combobox"
        aria-label={msg.transcript.filter}
        aria-expanded="true"
        aria-controls="code-picker-options"
        aria-activedescendant={options.length > 0 ? `code-option-${current}` : undefined}
        placeholder={msg.transcript.filterPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="code-picker-options" role="listbox" aria-label={msg.transcript.concepts}>
        {options.map((o, i) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are handled by the filter field that holds the focus and points at this option with aria-activedescendant (the WAI-ARIA combobox pattern)
          <li
            key={o.kind === 'code' ? o.code.id : o.kind}
            id={`code-option-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {o.kind === 'code' && (
              <>
                <span className="swatch" aria-hidden="true" style={{ backgroundColor: o.code.colour }} />
                <span className="option-label">{o.code.name}</span>
                {o.code.id === lastCodeId && <span className="hint">{msg.transcript.last}</span>}
              </>
            )}
            {o.kind === 'create' && <span className="option-label">{msg.transcript.createConcept(o.name)}</span>}
            {o.kind === 'in-vivo' && (
              <>
                <span className="option-label">{msg.transcript.inVivoOption}</span>
                <kbd className="hint">{shortcutText('in-vivo', IS_MAC)}</kbd>
              </>
            )}
          </li>
        ))}
      </ul>
    </Popover>
  );
}
