import { useLayoutEffect, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { buildCodeTree, placedCodes } from '../../../core/codebook';
import type { CodeId } from '../../../core/ids';
import { shortcutOf } from '../../../shared/shortcuts';
import type { CodeRow } from '../../../shared/types';
import { newGroupAround } from '../../lib/codebook-drop';
import { keyContext } from '../../lib/keyboard';
import { count, msg, nouns } from '../../messages';
import { MoveToDialog } from '../codebook/MoveToDialog';
import { useCodebookActions } from '../codebook/use-codebook-actions';
import { focusOnMount } from '../ui/focus-first';
import './figure-workspace.css';
import { drawMove } from './use-regrouped';

interface Column {
  readonly key: string;
  readonly themeId: CodeId | null;
  readonly title: string;
  readonly dimension: string | null;
  readonly colour: string | null;
  readonly concepts: readonly CodeRow[];
}

/**
 * Board mode, for the early, messy phase: the same codebook as columns of concept cards, one per
 * theme, plus the concepts not yet grouped. Cards are dragged between columns and into any place
 * (the order is the codebook's, so the figure keeps it), or onto the first column, which stays in
 * view, to make a theme.
 * From the keyboard: Alt+arrows move a card, Ctrl/Cmd+Shift+M moves it anywhere by name.
 */
export function BoardView(props: {
  codes: readonly CodeRow[];
  onPlaced: (codes: readonly CodeRow[] | null) => void;
  onOpen: (codeId: CodeId, name: string) => void;
}) {
  const { codes } = props;
  const act = useCodebookActions();
  const columns = useMemo(() => columnsOf(codes), [codes]);
  const [dragging, setDragging] = useState<CodeId | null>(null);
  const [over, setOver] = useState<{ key: string; index: number } | null>(null);
  const [naming, setNaming] = useState<CodeRow | null>(null);
  const [moving, setMoving] = useState<CodeRow | null>(null);
  const [focusId, setFocusId] = useState<CodeId | null>(null);
  const [live, setLive] = useState('');

  // A card that moved is a new element in another column: it keeps the focus it had.
  useLayoutEffect(() => {
    if (focusId !== null) document.getElementById(`card-${focusId}`)?.focus();
  }, [focusId, codes]);

  const move = async (concept: CodeRow, themeId: CodeId | null, index?: number) => {
    setFocusId(concept.id);
    const after = await drawMove(
      props.onPlaced,
      () => placedCodes(codes, concept.id, themeId, index),
      act.move({ codeId: concept.id, parentId: themeId, ...(index !== undefined ? { index } : {}) }),
    );
    if (after === null) return;
    const theme = codes.find((c) => c.id === themeId);
    if (themeId === concept.parentId) {
      const siblings = after.filter((c) => c.level === 'concept' && c.parentId === themeId).sort((a, b) => a.position - b.position);
      setLive(msg.figure.reordered(concept.name, siblings.findIndex((c) => c.id === concept.id) + 1, siblings.length));
    } else setLive(msg.figure.moved(concept.name, theme === undefined ? msg.figure.outOfGroup('concept') : msg.figure.into(theme.name)));
  };

  const create = async (concept: CodeRow, name: string) => {
    const group = newGroupAround(codes, concept);
    setFocusId(concept.id);
    const made = await act.create('theme', name, group.parentId, { childIds: [concept.id] });
    if (made !== null) setLive(msg.figure.created('theme', made.name, concept.name));
  };

  const indexAt = (e: DragEvent<HTMLElement>) => {
    const cards = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-card]')].filter((c) => c.dataset['card'] !== dragging);
    return cards.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.top + r.height / 2 < e.clientY;
    }).length;
  };

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, concept: CodeRow, column: number) => {
    const ids = ['move-to', 'figure-reorder-earlier', 'figure-reorder-later', 'board-column-earlier', 'board-column-later'] as const;
    const action = shortcutOf(e, ids, keyContext(e));
    if (action === null) return;
    e.preventDefault();
    const here = columns[column];
    const at = here?.concepts.findIndex((c) => c.id === concept.id) ?? -1;
    if (action === 'move-to') setMoving(concept);
    else if (action === 'figure-reorder-earlier' && at > 0) void move(concept, concept.parentId, at - 1);
    else if (action === 'figure-reorder-later' && here !== undefined && at < here.concepts.length - 1)
      void move(concept, concept.parentId, at + 1);
    else if (action === 'board-column-earlier' || action === 'board-column-later') {
      const next = columns[column + (action === 'board-column-earlier' ? -1 : 1)];
      if (next !== undefined) void move(concept, next.themeId);
    }
  };

  return (
    <div className="board" role="region" aria-label={msg.figure.board}>
      <section className="board-column new" aria-label={msg.figure.newThemeColumn}>
        <ul
          className={`board-cards${over?.key === 'new' ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            if (over?.key !== 'new') setOver({ key: 'new', index: 0 });
          }}
          onDragLeave={() => setOver(null)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(null);
            setDragging(null);
            setNaming(codes.find((c) => c.id === dragging) ?? null);
          }}
        >
          <li className="hint">{msg.figure.newThemeDrop}</li>
          {naming !== null && (
            <li>
              <input
                ref={focusOnMount}
                aria-label={msg.figure.newThemeName}
                placeholder={msg.figure.newThemePlaceholder}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setNaming(null);
                  if (e.key !== 'Enter' || e.currentTarget.value.trim() === '') return;
                  const name = e.currentTarget.value.trim();
                  setNaming(null);
                  void create(naming, name);
                }}
                onBlur={() => setNaming(null)}
              />
            </li>
          )}
        </ul>
      </section>
      {columns.map((col, ci) => (
        <section key={col.key} className="board-column" aria-label={col.title}>
          <header style={{ borderTopColor: col.colour ?? undefined }}>
            <span className="board-dimension">{col.dimension ?? (col.themeId === null ? '' : msg.figure.noDimension)}</span>
            <h3>{col.title}</h3>
            <span className="muted">{count(col.concepts.length, nouns.concept)}</span>
          </header>
          <ul
            className={`board-cards${over?.key === col.key ? ' over' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              const index = indexAt(e);
              if (over?.key !== col.key || over.index !== index) setOver({ key: col.key, index });
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              const concept = codes.find((c) => c.id === dragging);
              const index = indexAt(e);
              setOver(null);
              setDragging(null);
              if (concept !== undefined) void move(concept, col.themeId, index);
            }}
          >
            {col.concepts.map((c, i) => (
              <li
                key={c.id}
                data-card={c.id}
                className={over?.key === col.key && over.index === i && dragging !== c.id ? 'drop-before' : undefined}
              >
                <button
                  type="button"
                  id={`card-${c.id}`}
                  className="board-card"
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/plain', c.id);
                    e.dataTransfer.effectAllowed = 'move';
                    setDragging(c.id);
                  }}
                  onDragEnd={() => {
                    setDragging(null);
                    setOver(null);
                  }}
                  onClick={() => props.onOpen(c.id, c.name)}
                  onKeyDown={(e) => onKey(e, c, ci)}
                >
                  {c.name}
                  <span className="muted"> {count(c.segmentCount, nouns.quote)}</span>
                </button>
              </li>
            ))}
            {over?.key === col.key && over.index >= col.concepts.filter((c) => c.id !== dragging).length && (
              <li className="drop-end" aria-hidden="true" />
            )}
          </ul>
        </section>
      ))}
      <p className="visually-hidden" aria-live="polite" data-testid="board-live">
        {live}
      </p>
      {moving !== null && (
        <MoveToDialog
          code={moving}
          codes={codes}
          onClose={() => setMoving(null)}
          onMove={(parentId) => {
            setMoving(null);
            void move(moving, parentId);
          }}
          onCreate={(name) => {
            setMoving(null);
            void create(moving, name);
          }}
        />
      )}
    </div>
  );
}

function columnsOf(codes: readonly CodeRow[]): Column[] {
  const tree = buildCodeTree(codes);
  const columns: Column[] = [];
  for (const d of tree.dimensions) {
    for (const t of d.themes) {
      columns.push({
        key: t.node.id,
        themeId: t.node.id,
        title: t.node.name,
        dimension: d.node.name,
        colour: d.node.colour,
        concepts: t.concepts,
      });
    }
  }
  for (const t of tree.ungroupedThemes) {
    columns.push({ key: t.node.id, themeId: t.node.id, title: t.node.name, dimension: null, colour: t.node.colour, concepts: t.concepts });
  }
  columns.push({
    key: 'loose',
    themeId: null,
    title: msg.codebook.ungrouped,
    dimension: null,
    colour: null,
    concepts: tree.ungroupedConcepts,
  });
  return columns;
}
