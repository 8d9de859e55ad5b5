import { ListItemNode, ListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode } from '@lexical/rich-text';
import { $getRoot, FORMAT_TEXT_COMMAND, type EditorState } from 'lexical';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { MemoTargetKind } from '../../../shared/features/coding-types';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { QueryStatus } from '../ui/QueryStatus';
import { msg } from '../../messages';

interface Props {
  readonly targetKind: MemoTargetKind;
  readonly targetId: string | null;
  readonly label: string;
  /** Focus the editor when it opens (a memo opened from a button). */
  readonly focusOnOpen?: boolean;
  /** Escape in the text: the memo opened in place closes, and the popover around it stays. */
  readonly onEscape?: () => void;
  readonly placeholder?: string;
  /** Told the memo's plain text after each save. */
  readonly onSaved?: (text: string) => void;
}

const SAVE_AFTER_MS = 700;

/**
 * A memo in Lexical rich text (bold, italic, lists). Saved as the editor-state JSON plus its plain
 * text (for search and exports) a moment after typing stops and when the editor loses focus.
 */
export function MemoEditor({
  targetKind,
  targetId,
  label,
  focusOnOpen = false,
  onEscape,
  placeholder = msg.retrieval.memoPlaceholder,
  onSaved,
}: Props) {
  // Loaded once per target: a refresh would replace what the researcher is typing.
  const memo = useApiQuery('getMemo', { targetKind, targetId });
  if (memo.status !== 'ready') return <QueryStatus query={memo} loading={msg.retrieval.loadingMemo} />;
  return (
    <LexicalComposer
      key={`${targetKind}:${targetId ?? ''}`}
      initialConfig={{
        namespace: 'gioia-memo',
        nodes: [ListNode, ListItemNode, HeadingNode],
        editorState: memo.value?.bodyJson ?? undefined,
        onError: (e) => console.error(e),
        theme: { text: { bold: 'memo-bold', italic: 'memo-italic' }, list: { ul: 'memo-ul', ol: 'memo-ol' } },
      }}
    >
      <MemoToolbar />
      <div className="memo-editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="memo-content"
              aria-label={label}
              onKeyDown={(e) => {
                if (e.key !== 'Escape' || onEscape === undefined) return;
                e.stopPropagation();
                onEscape();
              }}
            />
          }
          placeholder={<div className="memo-placeholder">{placeholder}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      {focusOnOpen && <FocusOnOpen />}
      <MemoSaver targetKind={targetKind} targetId={targetId} onSaved={onSaved} />
    </LexicalComposer>
  );
}

function FocusOnOpen() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.focus(), [editor]);
  return null;
}

function MemoToolbar() {
  const [editor] = useLexicalComposerContext();
  return (
    <div className="memo-toolbar" role="toolbar" aria-label={msg.retrieval.memoFormatting}>
      <button
        type="button"
        aria-label={msg.retrieval.bold}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        <b>B</b>
      </button>
      <button
        type="button"
        aria-label={msg.retrieval.italic}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        <i>I</i>
      </button>
      <button
        type="button"
        aria-label={msg.retrieval.bulleted}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
      >
        {msg.retrieval.bulletedButton}
      </button>
      <button
        type="button"
        aria-label={msg.retrieval.numbered}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
      >
        {msg.retrieval.numberedButton}
      </button>
    </div>
  );
}

function MemoSaver({
  targetKind,
  targetId,
  onSaved,
}: {
  targetKind: MemoTargetKind;
  targetId: string | null;
  onSaved?: ((text: string) => void) | undefined;
}) {
  const [editor] = useLexicalComposerContext();
  const [status, setStatus] = useState<string>('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef<string | null>(null);

  const save = (state: EditorState) => {
    const bodyJson = JSON.stringify(state.toJSON());
    if (bodyJson === lastSaved.current) return;
    const bodyText = state.read(() => $getRoot().getTextContent());
    lastSaved.current = bodyJson;
    call('saveMemo', { targetKind, targetId, bodyJson, bodyText })
      .then(() => {
        setStatus(msg.retrieval.memoSaved);
        onSaved?.(bodyText);
      })
      .catch((e: unknown) => setStatus(msg.retrieval.memoNotSaved(errorMessage(e))));
  };

  const saveOnBlur = useEffectEvent(() => save(editor.getEditorState()));
  // The composer is keyed by its target, so this runs once per memo.
  useEffect(() => {
    lastSaved.current = JSON.stringify(editor.getEditorState().toJSON());
    const root = editor.getRootElement();
    const onBlur = () => saveOnBlur();
    root?.addEventListener('focusout', onBlur);
    return () => {
      root?.removeEventListener('focusout', onBlur);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [editor]);

  return (
    <>
      <OnChangePlugin
        ignoreSelectionChange
        onChange={(state) => {
          setStatus(msg.retrieval.memoEditing);
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(() => save(state), SAVE_AFTER_MS);
        }}
      />
      <p className="hint memo-status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
