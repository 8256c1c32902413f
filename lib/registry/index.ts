/** The OCI registry client: a generic client (it knows no application configuration). */
export * from './client.ts';
export * from '../oci/reference.ts';
export * from './errors.ts';
export { copyImage, retagImage, type CopyResult, type CopyEvent, type CopyOptions } from './copy.ts';
export {
  chainCredentials,
  dockerConfigCredentials,
  type Credentials,
  type CredentialLookup,
  type CredentialSource,
} from './credentials.ts';
export { parseChallenge, type Challenge } from './auth.ts';
