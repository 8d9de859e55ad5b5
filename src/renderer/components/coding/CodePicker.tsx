import { useMemo, useState, type KeyboardEvent } from 'react';
import type { CodeId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';
import { matchesShortcut, shortcutText } from '../../../shared/shortcuts';
import { rankCodes } from '../../lib/code-filter';
import { IS_MAC, keyContext } from '../../lib/keyboard';
import { FilterList } from '../ui/FilterList';
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

/** The code picker at a selection: type to filter concepts, Enter applies, Esc closes (the popover's). */
export function CodePicker({ concepts, lastCodeId, at, title, inVivo, onApply, onCreate, onInVivo, onClose }: Props) {
  const [query, setQuery] = useState('');
  const options = useMemo<Option[]>(() => {
    const ranked = rankCodes(concepts, query, lastCodeId).slice(0, 40);
    const list: Option[] = ranked.map((code) => ({ kind: 'code', code }));
    const name = query.trim();
    if (name !== '' && !concepts.some((c) => c.name.toLowerCase() === name.toLowerCase())) list.push({ kind: 'create', name });
    if (inVivo) list.push({ kind: 'in-vivo' });
    return list;
  }, [concepts, query, lastCodeId, inVivo]);

  const choose = (o: Option) => {
    if (o.kind === 'code') onApply(o.code.id);
    else if (o.kind === 'create') onCreate(o.name);
    else onInVivo();
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!inVivo || !matchesShortcut('in-vivo', e, keyContext(e))) return false;
    e.preventDefault();
    e.stopPropagation();
    onInVivo();
    return true;
  };

  return (
    <Popover label={title} at={at} onClose={onClose} className="code-picker">
      <FilterList
        label={msg.transcript.filter}
        listLabel={msg.transcript.concepts}
        placeholder={msg.transcript.filterPlaceholder}
        query={query}
        onQuery={setQuery}
        options={options}
        keyOf={(o) => (o.kind === 'code' ? o.code.id : o.kind)}
        onChoose={choose}
        onKey={onKey}
        render={(o) =>
          o.kind === 'code' ? (
            <>
              <span className="swatch" aria-hidden="true" style={{ backgroundColor: o.code.colour }} />
              <span className="option-label">{o.code.name}</span>
              {o.code.id === lastCodeId && <span className="hint">{msg.transcript.last}</span>}
            </>
          ) : o.kind === 'create' ? (
            <span className="option-label">{msg.transcript.createConcept(o.name)}</span>
          ) : (
            <>
              <span className="option-label">{msg.transcript.inVivoOption}</span>
              <kbd className="hint">{shortcutText('in-vivo', IS_MAC)}</kbd>
            </>
          )
        }
      />
    </Popover>
  );
}
