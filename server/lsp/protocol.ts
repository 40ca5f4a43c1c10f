// Requests between the PolicyLint client and server beyond LSP (method names and
// shapes only, so each side uses its own protocol library).

export interface LintFilesParams { uris: string[] }
export interface LintFilesResult { files: number; findings: number }

/** Lint these files (not open in the editor) and publish their diagnostics. */
export const LINT_FILES_REQUEST = 'policylint/lintFiles';

/**
 * Server → client: the problems of a configuration file changed (`problems` empty: it is valid, or
 * gone). Sent only to a client that asked for it with `initializationOptions.configStatus`; other
 * clients get window messages instead. `name` is the file's path relative to its workspace folder.
 */
export const CONFIG_STATUS_NOTIFICATION = 'policylint/configStatus';
export interface ConfigStatusParams { uri: string; name: string; problems: string[] }

/** What the PolicyLint client tells the server in `initializationOptions`. */
export interface PolicyLintInitializationOptions {
  /** The client shows CONFIG_STATUS_NOTIFICATION (as a status bar item) in place of window messages. */
  configStatus?: boolean;
  /** The editor reports JSON syntax errors of an open `.policylintrc.json` itself (VS Code's JSON support). */
  editorChecksJsonSyntax?: boolean;
}
