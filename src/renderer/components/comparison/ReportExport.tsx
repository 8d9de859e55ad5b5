import { useState } from 'react';
import type { ReportExport as Written } from '../../../shared/features/comparison-types';
import { download, type DownloadableFile } from '../../lib/download';
import { errorMessage } from '../../../core/result';
import { msg } from '../../messages';

type Format = Written['format'];

/**
 * Exports the agreement report (method, parameters, references, table) as DOCX, XLSX or CSV through
 * a download, like every other export: the file lands where the researcher saves downloads, on the
 * machine in front of them, also when the app is served to a browser.
 */
export function ReportExport(props: { onExport: (format: Format) => Promise<DownloadableFile> }) {
  const [format, setFormat] = useState<Format>('docx');
  const [status, setStatus] = useState<string>('');
  return (
    <form
      className="report-export compare-controls-inline"
      aria-label={msg.compare.report}
      onSubmit={async (e) => {
        e.preventDefault();
        setStatus(msg.compare.writing);
        try {
          const file = await props.onExport(format);
          download(file);
          setStatus(msg.compare.saved(file.fileName));
        } catch (error) {
          setStatus(errorMessage(error));
        }
      }}
    >
      <select aria-label={msg.compare.reportFormat} value={format} onChange={(e) => setFormat(e.target.value as Format)}>
        <option value="docx">DOCX</option>
        <option value="xlsx">XLSX</option>
        <option value="csv">CSV</option>
      </select>
      <button type="submit" className="plain">
        {msg.compare.reportButton}
      </button>
      <span role="status" className="dim">
        {status}
      </span>
    </form>
  );
}
