package org.opendsr.core.plantedloopb;

/** Planted violation: the other half of the cycle. */
public class LoopB {
  org.opendsr.core.plantedloopa.LoopA back;
}
