import { z } from 'zod';
import type { Channel } from './channels';
import type {
  AppInfo,
  CodeRow,
  CoderRow,
  DocumentContent,
  DocumentSummary,
  ProjectSummary,
  SegmentRow,
} from './types';

/**
 * The API contract: for each channel, the zod schema its single params object must satisfy (checked
 * in Electron main and in the web server before anything reaches the backend) and, as a phantom
 * type, what it returns. Adding a channel = add its name to `channels.ts`, its entry here, its handler
 * in `src/backend/handlers.ts`; the preload and the web bridge pick it up from the channel list.
 */
const uuid = z.string().uuid();
/** Absolute or relative path to a project file; NUL bytes are never a legitimate path. */
const projectPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL byte');
const none = z.object({}).strict();

function channel<R>() {
  return <P extends z.ZodType>(params: P) => ({ params, result: undefined as unknown as R });
}

export const contract = {
  getAppInfo: channel<AppInfo>()(none),
  createProject: channel<ProjectSummary>()(z.object({ path: projectPath }).strict()),
  openProject: channel<ProjectSummary>()(z.object({ path: projectPath }).strict()),
  openDemoProject: channel<ProjectSummary>()(none),
  closeProject: channel<null>()(none),
  getProjectSummary: channel<ProjectSummary>()(none),
  listDocuments: channel<DocumentSummary[]>()(none),
  getDocument: channel<DocumentContent>()(z.object({ documentId: uuid }).strict()),
  listCodes: channel<CodeRow[]>()(none),
  listSegments: channel<SegmentRow[]>()(z.object({ documentId: uuid }).strict()),
  listCoders: channel<CoderRow[]>()(none),
} satisfies Record<Channel, { params: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export type Params<K extends Channel> = z.infer<Contract[K]['params']>;
export type Returns<K extends Channel> = Contract[K]['result'];
