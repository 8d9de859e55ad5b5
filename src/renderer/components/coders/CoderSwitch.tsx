import { useState } from 'react';
import type { CoderId } from '../../../core/ids';
import { errorMessage } from '../../../core/result';
import type { CoderRow } from '../../../shared/types';
import { call } from '../../lib/api';
import { useWorkspace } from '../../state/workspace';
import type { MenuItem } from '../ui/Menu';
import { MenuButton } from '../ui/MenuButton';
import { NewCoderDialog } from './NewCoderDialog';
import { msg } from '../../messages';

interface Props {
  readonly coders: readonly CoderRow[];
  readonly activeCoderId: CoderId | null;
}

/** The active coder (whose name new codings carry) and the coder filter, as a status-bar menu. */
export function CoderSwitch({ coders, activeCoderId }: Props) {
  const ws = useWorkspace();
  const [naming, setNaming] = useState(false);
  const active = coders.find((c) => c.id === activeCoderId);

  const activate = async (id: CoderId) => {
    try {
      const coder = await call('setActiveCoder', { coderId: id });
      ws.flash(msg.shell.codingAs(coder.name));
    } catch (e) {
      ws.flash(errorMessage(e));
    }
  };
  const create = async (name: string) => {
    setNaming(false);
    try {
      const coder = await call('createCoder', { name });
      await call('setActiveCoder', { coderId: coder.id });
      ws.flash(msg.shell.codingAs(coder.name));
    } catch (e) {
      ws.flash(errorMessage(e));
    }
  };

  const items: MenuItem[] = [
    ...coders.map((c) => ({
      label: msg.shell.codeAs(c.name),
      swatch: c.colour,
      checked: c.id === activeCoderId,
      run: () => void activate(c.id),
    })),
    { label: msg.shell.showEveryone, checked: ws.coderFilter === 'all', groupStart: true, run: () => ws.setCoderFilter('all') },
    ...coders.map((c) => ({
      label: msg.shell.showOnly(c.name),
      checked: ws.coderFilter === c.id,
      run: () => ws.setCoderFilter(c.id),
    })),
    { label: msg.shell.newCoderItem, groupStart: true, run: () => setNaming(true) },
  ];

  return (
    <span className="status-item coder-switch">
      <MenuButton label={msg.shell.coders} className="status-button" items={items} placement={{ side: 'above' }}>
        {msg.shell.coderButton(active?.name ?? null, ws.coderFilter !== 'all')}
      </MenuButton>
      {naming && <NewCoderDialog onCreate={(name) => void create(name)} onClose={() => setNaming(false)} />}
    </span>
  );
}
