// The one way this package reports bad input: core's EcsValidationError, thrown before any request.
import { EcsValidationError, type ValidationIssue } from '@org/ecs-pipelines-core';

/** Throws an `EcsValidationError` listing every issue (parameter, problem, allowed values). */
export function invalid(issues: ValidationIssue[]): never {
  throw new EcsValidationError(issues);
}
