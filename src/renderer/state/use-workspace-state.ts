import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CodeId } from '../../core/ids';
import { EVERYONE, type CoderLens, type Lens, type SetScope } from './lens';
import { createStatusMessageStore } from './status-message';
import type { Workspace } from './workspace';

const MESSAGE_MS = 4000;

/** Holds the shared coding state for `WorkspaceContext`; App mounts it once. */
export function useWorkspaceState(): Workspace {
  const [selectedCodeId, selectCode] = useState<CodeId | null>(null);
  const [lastCodeId, setLastCode] = useState<CodeId | null>(null);
  const [coderLens, setLens] = useState<CoderLens>(EVERYONE);
  const [scope, setScope] = useState<SetScope>({});
  const lens = useMemo<Lens>(() => ({ ...coderLens, ...scope }), [coderLens, scope]);
  const [panel, showPanel] = useState<'code' | 'search'>('code');
  const [messages] = useState(createStatusMessageStore);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [joinLines, setJoinLines] = useState(false);
  const [jump, setJump] = useState<Workspace['jump']>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flash = useCallback(
    (m: string) => {
      messages.set(m);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => messages.set(null), MESSAGE_MS);
    },
    [messages],
  );
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return useMemo(
    () => ({
      selectedCodeId,
      selectCode,
      lastCodeId,
      setLastCode,
      lens,
      setLens,
      setScope,
      panel,
      showPanel,
      messages,
      flash,
      jump,
      setJump,
      shortcutsOpen,
      setShortcutsOpen,
      joinLines,
      setJoinLines,
    }),
    [selectedCodeId, lastCodeId, lens, panel, messages, flash, jump, shortcutsOpen, joinLines],
  );
}
