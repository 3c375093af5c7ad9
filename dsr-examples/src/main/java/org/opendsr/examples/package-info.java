/**
 * The {@code dsr} command line and small programs showing how a case-management system embeds the
 * library. The only module that talks to a terminal.
 */
package org.opendsr.examples;
