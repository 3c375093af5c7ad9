/**
 * A small JSON-over-HTTP adapter for the register on localhost, built on the JDK's own HTTP server:
 * an example of putting the library behind a web API, not a hardened server (no TLS, no
 * authentication; the caller's identity headers are trusted). See {@link
 * org.opendsr.examples.http.RegisterHttpServer}.
 */
package org.opendsr.examples.http;
