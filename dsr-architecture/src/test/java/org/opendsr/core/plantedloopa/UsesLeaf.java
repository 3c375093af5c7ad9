package org.opendsr.core.plantedloopa;

/** Allowed: one package using another that does not use it back. */
public class UsesLeaf {
  Object leaf = new org.opendsr.core.plantedloopb.Leaf();
}
