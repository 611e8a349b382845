export { buildReport, buildReportParts, reportCase, type BuildReportOptions } from './build.js';
export { firstOf, mappedList, withLists, type ReportList, type ReportLists } from './lists.js';
export { DEFAULT_MAX_CHARS, renderMarkdown, type RenderOptions } from './markdown.js';
export { headlineOf } from './headline.js';
export {
  REPORT_SCHEMA,
  type GateReport,
  type ReportCache,
  type ReportCacheSide,
  type ReportCase,
  type ReportCaseSide,
  type ReportCheck,
  type ReportModel,
  type ReportRecord,
  type ReportShard,
  type SequentialReport,
} from './types.js';
export { callRecordOf, reportCache, reportRecord } from './records.js';
export { cacheNotes, fmtAge } from './cache-words.js';
