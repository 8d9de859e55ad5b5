import { useEffect, useRef, useState } from 'react';
import type { ExportedFile } from '../../../shared/features/analysis-types';
import { download } from '../../lib/download';
import { errorMessage } from '../../../core/result';

export interface ExportChoice {
  readonly label: string;
  readonly run: () => Promise<ExportedFile>;
}

/** An "Export" menu button: each item asks the backend for a file and downloads it. */
export function ExportMenu(props: { label?: string; choices: readonly ExportChoice[] }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string>('');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const choose = async (c: ExportChoice) => {
    setOpen(false);
    setStatus(`Exporting ${c.label}…`);
    try {
      const file = await c.run();
      download(file);
      setStatus(`Saved ${file.fileName}${file.notes.length > 0 ? ` — ${file.notes.join(' ')}` : ''}`);
    } catch (e) {
      setStatus(errorMessage(e));
    }
  };
  return (
    <div className="export-menu" ref={ref}>
      <button type="button" className="toolbar-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {props.label ?? 'Export'} ▾
      </button>
      {open && (
        <div
          role="menu"
          aria-label={props.label ?? 'Export'}
          className="export-menu-list"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          {props.choices.map((c) => (
            <button key={c.label} type="button" role="menuitem" onClick={() => void choose(c)}>
              {c.label}
            </button>
          ))}
        </div>
      )}
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
