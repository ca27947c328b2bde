// Usage and validation problems found by the CLI itself: they exit 2 before any request is sent.

/** One problem with the command line: the flag (or environment variable) at fault, what is wrong, what is allowed. */
export interface UsageIssue {
  /** The flag as typed (`--max-results`), an environment variable, or `command`. */
  parameter: string;
  problem: string;
  allowed: string;
}

/** Thrown for bad command lines; `main` prints every issue and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly issues: UsageIssue[];
  /** The subcommand whose `--help` the message points to (`describe-image-components`, or '' for the top level). */
  readonly command: string;

  constructor(issues: UsageIssue[], command = '') {
    super(issues.map(formatIssue).join('\n'));
    this.issues = issues;
    this.command = command;
  }
}

/** `--max-results: "0" is out of range (allowed: an integer from 1 to 500)` */
export function formatIssue(issue: UsageIssue): string {
  return `${issue.parameter}: ${issue.problem} (allowed: ${issue.allowed})`;
}

/** Shorthand for a single-issue {@link UsageError}. */
export function usageError(parameter: string, problem: string, allowed: string, command = ''): UsageError {
  return new UsageError([{ parameter, problem, allowed }], command);
}
