import { describe, expect, it } from 'vitest';
import { CALM_PALETTE } from '../../src/backend/coding/colours';
import { demoBackend, projectWithTexts } from './helpers/coding-backend';

describe('a new coder’s colour', () => {
  it('is one no live coder has', async () => {
    const { call } = await demoBackend();
    await call('createCoder', { name: 'Chloe' });
    await call('createCoder', { name: 'Dev' });
    const colours = (await call('listCoders')).map((c) => c.colour.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('is the colour of a deleted coder again, since no live coder has it', async () => {
    const { call } = await demoBackend();
    const chloe = await call('createCoder', { name: 'Chloe' });
    await call('deleteCoder', { coderId: chloe.id });
    expect((await call('createCoder', { name: 'Dev' })).colour).toBe(chloe.colour);
  });

  it('is the palette’s first for the first coder of a new project', async () => {
    const { call } = await projectWithTexts({ a: 'P1: hello' });
    expect((await call('listCoders')).map((c) => c.colour)).toEqual([CALM_PALETTE[0]]);
  });
});
