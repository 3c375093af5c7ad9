package org.opendsr.core.plantedloopb;

/** Allowed: a package that depends on no other. */
public class Leaf {}
