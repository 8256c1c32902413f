/** Stored credentials as a developer's machine keeps them: one chain, each answer with its source. */
export { CredentialChain, type CredentialChainOptions, type VariableAnswer } from './chain.ts';
export { HELPER_OUTPUT_CAP, HELPER_TIMEOUT_MS, runCredentialHelper, type HelperOptions, type HelperResult } from './helper.ts';
export { DOCKER_HUB_SERVER_URL, decodeAuthEntry, helperServerUrl, keyHost, type CredentialAnswer } from './types.ts';
export { readCredentialFile, validHelperName, type CredentialFile } from './files.ts';
