export { buildReport, type BuildReportOptions } from './build.js';
export { DEFAULT_MAX_CHARS, renderMarkdown, type RenderOptions } from './markdown.js';
export { headlineOf } from './headline.js';
export { REPORT_SCHEMA, type GateReport, type ReportCase, type ReportCaseSide, type ReportModel, type SequentialReport } from './types.js';
