/**
 * Benchmarks of RAG(B) rating decisions: every shipped instrument side by side with a hand-written
 * if-chain of the national definitions, the baseline, in the same run.
 */
package org.opendsr.benchmarks.rating;
