import { useState } from 'react';
import type { CoderId } from '../../../core/ids';
import { errorMessage } from '../../../core/result';
import type { CoderRow } from '../../../shared/types';
import { call } from '../../lib/api';
import { EVERYONE, lensLabel } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';
import type { MenuItem } from '../ui/Menu';
import { MenuButton } from '../ui/MenuButton';
import { CodersDialog } from './CodersDialog';
import { NewCoderDialog } from './NewCoderDialog';
import { msg } from '../../messages';

interface Props {
  readonly coders: readonly CoderRow[];
  readonly activeCoderId: CoderId | null;
  readonly blindMode: boolean;
}

/**
 * The active coder (whose name new codings carry), whose codings every view shows (the lens), blind
 * mode, and the way to the coders themselves, as one status-bar menu.
 */
export function CoderSwitch({ coders, activeCoderId, blindMode }: Props) {
  const ws = useWorkspace();
  const [dialog, setDialog] = useState<'new' | 'manage' | null>(null);
  const active = coders.find((c) => c.id === activeCoderId);
  const hasConsensus = coders.some((c) => c.kind === 'consensus');

  const attempt = async (work: () => Promise<string>) => {
    try {
      ws.flash(await work());
    } catch (e) {
      ws.flash(errorMessage(e));
    }
  };
  const activate = (id: CoderId) => attempt(async () => msg.shell.codingAs((await call('setActiveCoder', { coderId: id })).name));
  const create = (name: string) =>
    attempt(async () => {
      setDialog(null);
      const coder = await call('createCoder', { name });
      await call('setActiveCoder', { coderId: coder.id });
      return msg.shell.codingAs(coder.name);
    });
  const blind = (on: boolean) =>
    attempt(async () => {
      await call('setBlindMode', { on });
      return on ? msg.shell.blindOn : msg.shell.blindOff;
    });

  const humans = coders.filter((c) => c.kind === 'human');
  const items: MenuItem[] = [
    ...humans.map((c) => ({
      label: msg.shell.codeAs(c.name),
      swatch: c.colour,
      checked: c.id === activeCoderId,
      run: () => void activate(c.id),
    })),
    {
      label: msg.shell.showEveryone,
      checked: ws.lens.kind === 'all',
      groupStart: true,
      disabled: blindMode,
      run: () => ws.setLens(EVERYONE),
    },
    ...humans.map((c) => ({
      label: msg.shell.showOnly(c.name),
      checked: ws.lens.kind === 'coder' && ws.lens.coderId === c.id,
      disabled: blindMode,
      run: () => ws.setLens({ kind: 'coder', coderId: c.id }),
    })),
    {
      label: msg.shell.showConsensus,
      checked: ws.lens.kind === 'consensus',
      disabled: blindMode || (!hasConsensus && humans.length < 2),
      run: () => ws.setLens({ kind: 'consensus' }),
    },
    { label: msg.shell.blindMode, checked: blindMode, groupStart: true, run: () => void blind(!blindMode) },
    { label: msg.shell.newCoderItem, groupStart: true, run: () => setDialog('new') },
    { label: msg.shell.manageCoders, run: () => setDialog('manage') },
  ];

  return (
    <span className="status-item coder-switch">
      <MenuButton label={msg.shell.coders} className="status-button" items={items} placement={{ side: 'above' }}>
        {msg.shell.coderButton(active?.name ?? null, ws.lens.kind === 'all' ? null : lensLabel(ws.lens, coders), blindMode)}
      </MenuButton>
      {dialog === 'new' && <NewCoderDialog onCreate={(name) => void create(name)} onClose={() => setDialog(null)} />}
      {dialog === 'manage' && <CodersDialog coders={coders} activeCoderId={activeCoderId} onClose={() => setDialog(null)} />}
    </span>
  );
}
