export * from '../../testing/processes.ts';
