/**
 * A copy and an existence check by our client in a process of their own, which then tells which
 * of Node's HTTP stacks it loaded: prints {"copied":…,"exists":…,"undici":[…]} where `undici` lists
 * the entries of process.moduleLoadList naming undici (Node's fetch, loaded by touching fetch,
 * Response or Headers). Usage: node --import tsx test/helpers/transport-child.ts <source> <target>;
 * credentials for the source's registry from CHILD_USER / CHILD_PASSWORD (never on argv);
 * CHILD_TOUCH_FETCH=1 touches the global Response at the end (the control).
 */
import { RegistryClient } from '../../lib/registry/client.ts';
import { copyImage } from '../../lib/registry/copy.ts';
import { parseReference } from '../../lib/oci/reference.ts';

const [source, target] = process.argv.slice(2).map(parseReference);
const { CHILD_USER: username, CHILD_PASSWORD: password } = process.env;
const client = new RegistryClient({ credentials: username && password ? () => ({ username, password }) : undefined });
const copied = await copyImage(client, source, target);
const exists = await client.exists(target);
// The control: touching the global Response loads undici, which shows the probe below can see it.
if (process.env.CHILD_TOUCH_FETCH) void globalThis.Response;
// Undocumented but present in Node 20: every internal module loaded so far.
const { moduleLoadList } = process as unknown as { moduleLoadList: string[] };
process.stdout.write(JSON.stringify({ copied, exists, undici: moduleLoadList.filter((name) => /undici/i.test(name)) }) + '\n');
