/**
 * The subcommands of the {@code dsr} command line (picocli), and what they share: the environment
 * they run in (clock, streams, home folder), the database session and the error handling that turns
 * every failure into one line and an exit code.
 */
package org.opendsr.examples.cli;
