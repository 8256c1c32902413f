import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);

// lib/support/closest.ts
function closestName(word, known) {
  let best;
  for (const name of known) {
    const distance = name.startsWith(word) || word.startsWith(name) ? 1 : editDistance(word, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// lib/cli/invocation.ts
var invokedAs;
function setInvokedAs(name) {
  invokedAs = name;
}
function usageAsInvoked(usage) {
  return invokedAs === void 0 ? usage : usage.replace(/^Usage: tsx scripts\/ci\/images\/[\w.-]+\.ts\b/, `Usage: ${invokedAs}`);
}

export {
  setInvokedAs,
  usageAsInvoked,
  closestName
};
