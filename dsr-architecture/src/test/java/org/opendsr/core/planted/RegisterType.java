package org.opendsr.core.planted;

/** A stand-in for a register type, target of planted violations. */
public class RegisterType {}
