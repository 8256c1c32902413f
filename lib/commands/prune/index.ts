/** Retention for the CI images in a GitHub registry: policy (pure), inspect, delete, execute. */
export * from './policy.ts';
export * from './inspect.ts';
export * from './delete.ts';
export * from './execute.ts';
