/** Where a line goes: a log, stdout, a progress reporter. Every "print a line" parameter has this type. */
export type Writer = (line: string) => void;
