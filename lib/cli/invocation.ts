/**
 * How the user called the running recipe, for its `--help`: the bin and the action run a recipe as
 * `ci-images <command>` (lib/action/commands.ts sets it), and the source path a recipe's usage
 * names (`tsx scripts/ci/images/<x>.ts`) is not in the installed package. No imports: the bin's
 * entry loads this before any recipe.
 */
let invokedAs: string | undefined;

export function setInvokedAs(name: string | undefined): void {
  invokedAs = name;
}

/** The usage with its `Usage: tsx scripts/ci/images/<x>.ts` replaced by the invocation, if one was set. */
export function usageAsInvoked(usage: string): string {
  return invokedAs === undefined ? usage : usage.replace(/^Usage: tsx scripts\/ci\/images\/[\w.-]+\.ts\b/, `Usage: ${invokedAs}`);
}
