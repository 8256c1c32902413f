export * from '../../lib/processes.ts';
