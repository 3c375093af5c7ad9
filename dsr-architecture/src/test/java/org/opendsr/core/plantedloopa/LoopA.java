package org.opendsr.core.plantedloopa;

/** Planted violation: one half of a cycle between two packages of the register. */
public class LoopA {
  Object other = new org.opendsr.core.plantedloopb.LoopB();
}
