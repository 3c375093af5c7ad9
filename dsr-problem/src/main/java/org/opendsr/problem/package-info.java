/**
 * The one problem type shared by every OpenDSR module: {@link org.opendsr.problem.Problem} (a
 * field, the rule it broke, and a message a coordinator can read) and {@link
 * org.opendsr.problem.OpenDsrException}, the root of every exception the library throws for input
 * that breaks a rule.
 *
 * <p>The rating and consent modules do not depend on each other, and the register depends on both:
 * this module, which depends on nothing but the JDK, is what they share, so that an adapter (JSON,
 * a web form, an import) reports any of their errors against the field it names without reading the
 * message.
 */
package org.opendsr.problem;
