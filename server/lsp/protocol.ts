// Requests between the PolicyLint client and server beyond LSP (method names and
// shapes only, so each side uses its own protocol library).

export interface LintFilesParams { uris: string[] }
export interface LintFilesResult { files: number; findings: number }

/** Lint these files (not open in the editor) and publish their diagnostics. */
export const LINT_FILES_REQUEST = 'policylint/lintFiles';
