// Facts about this build that every front end shows.
import pkg from '../package.json';

export const VERSION: string = pkg.version;
export const REPOSITORY_URL = 'https://github.com/policylint/policylint';

/** The documentation page of a rule (docs/rules/<id>.md in the repository). */
export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}
