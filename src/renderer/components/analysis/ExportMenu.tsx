import { useState } from 'react';
import { errorMessage } from '../../../core/result';
import type { ExportedFile } from '../../../shared/features/analysis-types';
import { download } from '../../lib/download';
import { MenuButton } from '../ui/MenuButton';
import { msg } from '../../messages';

export interface ExportChoice {
  readonly label: string;
  readonly run: () => Promise<ExportedFile>;
}

/** An "Export" menu button: each item asks the backend for a file and downloads it. */
export function ExportMenu(props: { label?: string; choices: readonly ExportChoice[] }) {
  const [status, setStatus] = useState<string>('');
  const label = props.label ?? msg.analysis.export;
  const choose = async (c: ExportChoice) => {
    setStatus(msg.analysis.exporting(c.label));
    try {
      const file = await c.run();
      download(file);
      setStatus(msg.analysis.saved(file.fileName, file.notes));
    } catch (e) {
      setStatus(errorMessage(e));
    }
  };
  return (
    <div className="export-menu">
      <MenuButton label={label} items={props.choices.map((c) => ({ label: c.label, run: () => void choose(c) }))}>
        {msg.analysis.exportButton(label)}
      </MenuButton>
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
