/**
 * The grammar of image names, one copy of each rule and of the sentence that tells a user what is
 * accepted (OCI distribution spec, docker's reference grammar). Pure.
 */

/** A tag: letters, digits, `_ . -`, not starting with `.` or `-`, at most 128 characters. */
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const TAG_ACCEPTED = 'expected a docker tag: letters, digits, _ . - (not starting with . or -), at most 128 characters';

/** One path component of a repository name. */
export const NAME_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
export const NAME_COMPONENT_ACCEPTED = 'the name must be lower-case path components of letters, digits and . _ - separators';

/** A registry host: DNS labels (or an IPv4 address) and an optional port. Host names are case-insensitive. */
export const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/;
export const HOST_ACCEPTED = 'expected a registry host[:port], e.g. docker.pkg.github.com or 127.0.0.1:5000';

/** A content digest as registries use them: sha256 (64 hex digits) or sha512 (128). */
export const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
export const DIGEST_ACCEPTED = 'expected sha256:<64 hex digits> (or sha512:<128 hex digits>)';

export const isTag = (text: string): boolean => TAG.test(text);
export const isDigest = (text: string | null | undefined): text is string => typeof text === 'string' && DIGEST.test(text);
