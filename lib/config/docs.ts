/**
 * Documents generated from the table of variables: `.env.example` and the README's variable
 * tables (between `<!-- variables:start -->` and `<!-- variables:end -->`). `npm run gen:docs`
 * writes both; test/unit/config/docs.test.ts fails when the committed files drift.
 */
import { isPorted, SECTIONS, VARIABLE_LIST, type NamedVariable, type PortedVariable, type Section } from './variables.ts';

export const README_START = '<!-- variables:start -->';
export const README_END = '<!-- variables:end -->';

function bySection(filter: (v: NamedVariable) => boolean): Map<Section, NamedVariable[]> {
  const groups = new Map<Section, NamedVariable[]>();
  for (const v of VARIABLE_LIST.filter(filter)) {
    const list = groups.get(v.variable.section) ?? [];
    list.push(v);
    groups.set(v.variable.section, list);
  }
  return groups;
}

const ported = (v: NamedVariable): v is NamedVariable & { variable: PortedVariable } => isPorted(v.variable);
const plain = (text: string) => text.replace(/`/g, '');

/** `.env.example`: every ported variable, commented out, with its help and default. */
export function generateEnvExample(): string {
  const out: string[] = [
    '# Generated from lib/config/variables.ts by `npm run gen:docs`: edit the table, not this file.',
    '# Copy to .env (read with dotenv; real environment variables win over this file). Every variable',
    '# is optional; an empty value means the default, as ${X:=default} did in bash.',
    '# On CI (CI=true or GITHUB_ACTIONS=true) a .env found in the working directory may not set the',
    '# variables marked [url]: they are ignored unless CI_IMAGES_ENV_FILE names the file.',
  ];
  for (const [section, list] of bySection(ported)) {
    out.push('', `# --- ${SECTIONS[section].toLowerCase()} ---`);
    for (const { name, variable: v } of list as (NamedVariable & { variable: PortedVariable })[]) {
      const marks = [v.secret ? '[secret]' : '', v.url ? '[url]' : '', v.envOnly ? '[environment only]' : ''].filter(Boolean).join(' ');
      const literal = !v.computed && !v.default.includes('${');
      const defaultNote = v.default === '' ? '' : ` Default: ${plain(v.default)}.`;
      out.push(`# ${plain(v.help)}.${defaultNote}${marks ? ` ${marks}` : ''}`);
      out.push(`# ${name}=${literal ? v.default : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => (text === '' ? '' : /^[^`]*$/.test(text) && !/ /.test(text) ? `\`${text}\`` : cell(text));

/** The README block: one table per section, then the bash variables not ported, with reasons. */
export function generateReadmeVariables(): string {
  const out: string[] = [
    README_START,
    '<!-- Generated from lib/config/variables.ts by `npm run gen:docs`: edit the table, not this block. -->',
  ];
  for (const [section, list] of bySection(ported)) {
    out.push('', `#### ${SECTIONS[section]}`, '', '| variable | default | meaning |', '|---|---|---|');
    for (const { name, variable: v } of list as (NamedVariable & { variable: PortedVariable })[]) {
      const notes = [
        v.secret ? 'secret: never printed' : '',
        v.url ? 'not from an implicit `.env` on CI' : '',
        v.envOnly ? 'environment only' : '',
        v.flags?.length ? `flag ${v.flags.map((f) => `\`${f}\``).join(', ')}` : '',
        v.noEffect ? `no effect: ${v.noEffect}` : '',
        v.bash ? `bash: ${v.bash}` : '',
      ].filter(Boolean);
      out.push(`| \`${name}\` | ${code(v.default)} | ${cell(v.help)}${notes.length ? ` (${cell(notes.join('; '))})` : ''} |`);
    }
  }
  out.push('', '### Variables of the bash not ported', '');
  out.push('Read by the bash scripts, deliberately not by this toolkit (setting them changes nothing here):', '');
  const notPorted = VARIABLE_LIST.filter((v) => !isPorted(v.variable));
  const readNoEffect = VARIABLE_LIST.filter((v) => isPorted(v.variable) && v.variable.noEffect);
  for (const { name, variable: v } of notPorted) {
    if (isPorted(v)) continue;
    const what = v.help ? ` (${v.help}${v.default ? `; default \`${v.default}\`` : ''})` : v.default ? ` (default \`${v.default}\`)` : '';
    out.push(`- \`${name}\`${what}: ${v.reason}.`);
  }
  for (const { name, variable: v } of readNoEffect) {
    if (!isPorted(v)) continue;
    out.push(`- \`${name}\` is read and validated, but ${v.noEffect}.`);
  }
  out.push('', README_END);
  return out.join('\n');
}

/** The README with its variables block replaced; throws when the markers are missing. */
export function replaceReadmeVariables(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md: ${README_START} … ${README_END} markers not found`);
  return readme.slice(0, start) + generateReadmeVariables() + readme.slice(end + README_END.length);
}
