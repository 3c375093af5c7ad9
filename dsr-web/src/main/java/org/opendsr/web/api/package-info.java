/**
 * The JSON API beside the pages: refer a person, read an entry as the caller may see it, and the
 * worklist a page at a time. Callers sign in with HTTP Basic as the configured users; every call
 * goes through the library's access-controlled register, so it is authorised by the library's
 * access rules and audited, denials included. Errors are RFC 9457 problem details that name the
 * field and rule and never repeat personal data or an id the caller sent.
 */
package org.opendsr.web.api;
