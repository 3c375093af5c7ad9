/** JMH benchmarks; each measures the library side by side with a baseline in the same run. */
package org.opendsr.benchmarks;
