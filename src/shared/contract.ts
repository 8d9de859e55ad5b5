import { z } from 'zod';
import type { Channel } from './channels';
import { channel, type ChannelSpec } from './channel-spec';
import { analysisContract } from './features/analysis-contract';
import { codingContract } from './features/coding-contract';
import { comparisonContract } from './features/comparison-contract';
import { documentsContract } from './features/documents-contract';
import { exchangeContract } from './features/exchange-contract';
import { mediaContract } from './features/media-contract';
import { memosContract } from './features/memos-contract';
import { setsContract } from './features/sets-contract';
import { suggestContract } from './features/suggest-contract';
import { trailContract } from './features/trail-contract';
import { coderFilter, documentId, filePath, name, none } from './schemas';
import type { AppInfo, CodeRow, CoderRow, DocumentContent, DocumentSummary, ProjectSummary, SegmentRow } from './types';

/**
 * The API contract: for each channel, the zod schema its single params object must satisfy (checked
 * in Electron main and in the web server before anything reaches the backend) and, as a phantom
 * type, what it returns. Adding a channel = its name in `features/<f>-channels.ts`, its entry in
 * `features/<f>-contract.ts`, its handler in `src/backend/handlers/<f>.ts`; the preload and the web
 * bridge pick it up from the channel list.
 */
const projectContract = {
  getAppInfo: channel<AppInfo>()(none),
  /** Remembers the name the user codes under (for every project they create from now on). */
  setCoderName: channel<AppInfo>()(z.object({ name }).strict()),
  /** A new, empty project at `path` (never over a file), opened; its first coder is `coderName`, else the user's coder name, else none. */
  createProject: channel<ProjectSummary>()(z.object({ path: filePath, coderName: name.optional() }).strict()),
  openProject: channel<ProjectSummary>()(z.object({ path: filePath }).strict()),
  openDemoProject: channel<ProjectSummary>()(none),
  /** Writes the demo study to a new file at `path` (never over an existing one) and opens it. */
  createDemoProject: channel<ProjectSummary>()(z.object({ path: filePath }).strict()),
  closeProject: channel<null>()(none),
  getProjectSummary: channel<ProjectSummary>()(none),
  listDocuments: channel<DocumentSummary[]>()(none),
  getDocument: channel<DocumentContent>()(z.object({ documentId: documentId }).strict()),
  /**
   * The codebook with counts; `filter` chooses whose codings the counts are over (blind mode: the
   * active coder's) and may narrow to a set; `informants: 'cases'` makes the document count a case count.
   */
  listCodes: channel<CodeRow[]>()(
    z.object({ filter: coderFilter.optional(), informants: z.enum(['documents', 'cases']).optional() }).strict(),
  ),
  /**
   * A document's coded segments; `filter` narrows them to some coders or the consensus layer, and a
   * code set to its codes (blind mode: the active coder's only).
   */
  listSegments: channel<SegmentRow[]>()(z.object({ documentId: documentId, filter: coderFilter.optional() }).strict()),
  listCoders: channel<CoderRow[]>()(none),
} satisfies Record<string, ChannelSpec>;

export const contract = {
  ...projectContract,
  ...documentsContract,
  ...codingContract,
  ...analysisContract,
  ...comparisonContract,
  ...exchangeContract,
  ...memosContract,
  ...setsContract,
  ...trailContract,
  ...suggestContract,
  ...mediaContract,
} satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
/** What the caller passes (defaults may be omitted). */
export type Params<K extends Channel> = z.input<Contract[K]['params']>;
/** What the handler receives after validation (defaults filled in). */
export type ValidParams<K extends Channel> = z.output<Contract[K]['params']>;
export type Returns<K extends Channel> = Contract[K]['result'];
