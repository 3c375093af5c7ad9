package org.opendsr.rating.planted;

/** Planted violation: a rating class that reaches into the register. */
public class RatingThatUsesTheRegister {
  Object register = new org.opendsr.core.planted.RegisterType();
}
