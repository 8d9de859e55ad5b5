import { describe, expect, it } from 'vitest';
import { exchangeSegments } from '../../src/storage';
import { G } from '../fixtures/refi/qde-parts';
import { missingPiecesQdpx, mixedUnitsQdpx } from '../fixtures/refi/exchange-fixtures';
import { importFixture } from './helpers/refi-import';

const quotes = (store: Parameters<Parameters<typeof importFixture>[1]>[0]) =>
  Object.fromEntries(exchangeSegments(store.conn).map((s) => [s.id, s.quote]));

describe('positions are read per selection, in whichever counting lands its quote', () => {
  it('lands our code-point codings and a colleague’s UTF-16 ones in one file on their quotes', async () => {
    await importFixture(mixedUnitsQdpx(), (store) => {
      expect(quotes(store)).toMatchObject({
        [G(201)]: 'It was chaos',
        [G(202)]: 'honestly',
        [G(203)]: 'every customer back',
        [G(204)]: 'How did the outage start',
        [G(301)]: 'We phoned',
        [G(302)]: 'the manager apologised',
        [G(303)]: 'in person',
      });
    });
  });

  it('reports per source how many selections were read in each counting', async () => {
    await importFixture(mixedUnitsQdpx(), (_, result) => {
      expect(result.report?.mapped).toContain(
        '"Interview A": positions read per selection: 5 in Unicode code points (the REFI-QDA standard); 3 in UTF-16 units; 7 of 8 selections land on their quoted text; 1 selection named by a label rather than a quote (such as "line:12") placed by the source\'s counting.',
      );
    });
  });

  it('places a selection named "line:3" by the source’s counting instead of counting it as a quote that failed', async () => {
    await importFixture(mixedUnitsQdpx(), (store) => {
      expect(quotes(store)[G(400)]).toBe('P1: We phoned');
    });
  });

  it('lists a selection whose quote lands under no counting instead of guessing where it belongs', async () => {
    await importFixture(mixedUnitsQdpx(), (store, result) => {
      expect(quotes(store)[G(401)]).toBeUndefined();
      expect(result.report?.skipped).toContain(
        `"Interview A": 1 selection not imported — selection ${G(401)} (${INTERVIEW_LATER + 2}–${INTERVIEW_LATER + 7}): its quote "Later" is at none of the positions any counting gives.`,
      );
    });
  });

  it('gives no false warning for a source whose selections are all named "line:N"', async () => {
    await importFixture(missingPiecesQdpx(), (_, result) => {
      const line = result.details.find((d) => d.startsWith('"Source 3"'));
      expect(line).toBe(
        '"Source 3": positions read as Unicode code points (the REFI-QDA standard); 2 selections named by a label rather than a quote (such as "line:12") placed by the source\'s counting.',
      );
    });
  });
});

/** Where "Later" starts in code points, as the stray selection counts it before its shift. */
const INTERVIEW_LATER = [...'I: How did the outage start? 😀\nP1: It was chaos 👩‍💻 honestly.\nP1: We phoned 🎉 every customer back.\nP1: ']
  .length;
