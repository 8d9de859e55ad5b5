import { useState } from 'react';
import type { ReportExport as Written } from '../../../shared/features/comparison-types';

type Format = Written['format'];

/** Folder of the project file, where the report goes unless the researcher types another path. */
function besideProject(projectPath: string, format: Format): string {
  const cut = Math.max(projectPath.lastIndexOf('/'), projectPath.lastIndexOf('\\'));
  return `${projectPath.slice(0, cut + 1)}agreement-report.${format}`;
}

/** Writes the agreement report (method, parameters, references, table) as CSV, XLSX or DOCX. */
export function ReportExport(props: { projectPath: string; onExport: (format: Format, path: string) => Promise<Written> }) {
  const [format, setFormat] = useState<Format>('docx');
  const [path, setPath] = useState(() => besideProject(props.projectPath, 'docx'));
  const [status, setStatus] = useState<string>('');
  return (
    <form
      className="report-export compare-controls-inline"
      aria-label="Export agreement report"
      onSubmit={async (e) => {
        e.preventDefault();
        setStatus('Writing…');
        try {
          const written = await props.onExport(format, path);
          setStatus(`Wrote ${written.path}`);
        } catch (error) {
          setStatus((error as Error).message);
        }
      }}
    >
      <select
        aria-label="Report format"
        value={format}
        onChange={(e) => {
          const next = e.target.value as Format;
          setFormat(next);
          setPath((p) => p.replace(/\.(csv|xlsx|docx)$/, `.${next}`));
        }}
      >
        <option value="docx">DOCX</option>
        <option value="xlsx">XLSX</option>
        <option value="csv">CSV</option>
      </select>
      <input type="text" aria-label="Report file" value={path} onChange={(e) => setPath(e.target.value)} />
      <button type="submit" className="plain">
        Export report
      </button>
      <span role="status" className="dim">
        {status}
      </span>
    </form>
  );
}
