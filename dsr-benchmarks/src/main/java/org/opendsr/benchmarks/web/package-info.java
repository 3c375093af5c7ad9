/**
 * The web load harness: a PostgreSQL register of synthetic, fictional people ({@link
 * org.opendsr.benchmarks.web.LoadRegister}), and signed-in users driving the worklist, a person's
 * page and a static asset of the running web application ({@link
 * org.opendsr.benchmarks.web.WebLoadHarness}), with latency percentiles and throughput for each.
 * Run by {@code dsr-benchmarks/web-load.sh}; never part of the test suite.
 */
package org.opendsr.benchmarks.web;
