import { useState } from 'react';
import type { Milestone } from '../../../shared/features/trail-types';
import { call } from '../../lib/api';
import { MenuButton } from '../ui/MenuButton';
import { MilestoneDialog } from './MilestoneDialog';
import { msg } from '../../messages';

/** The milestones, each a button that moves the slider there, with rename and delete (one undo step each). */
export function MilestoneList(props: { milestones: readonly Milestone[]; current: number; onGo: (seq: number) => void }) {
  const [renaming, setRenaming] = useState<Milestone | null>(null);
  return (
    <section className="trail-section" aria-label={msg.trail.milestones}>
      <h3>{msg.trail.milestones}</h3>
      {props.milestones.length === 0 && <p className="hint">{msg.trail.noMilestones}</p>}
      <ul className="milestone-list">
        {props.milestones.map((m) => (
          <li key={m.id} className={m.seq === props.current ? 'current' : undefined}>
            <button type="button" className="link-button" aria-label={msg.trail.goToMilestone(m.name)} onClick={() => props.onGo(m.seq)}>
              <span className="milestone-name">{m.name}</span>
              <span className="muted"> #{m.seq}</span>
            </button>
            <MenuButton
              label={msg.trail.milestoneActions(m.name)}
              className="icon-button"
              items={[
                { label: msg.trail.showMilestone, run: () => props.onGo(m.seq) },
                { label: msg.trail.renameMilestone, run: () => setRenaming(m) },
                { label: msg.trail.deleteMilestone, danger: true, run: () => void call('deleteMilestone', { milestoneId: m.id }) },
              ]}
            >
              ⋯
            </MenuButton>
          </li>
        ))}
      </ul>
      {renaming !== null && (
        <MilestoneDialog
          title={msg.trail.renameMilestoneTitle(renaming.name)}
          initial={renaming.name}
          hint={null}
          onSave={(name) => call('renameMilestone', { milestoneId: renaming.id, name })}
          onClose={() => setRenaming(null)}
        />
      )}
    </section>
  );
}
