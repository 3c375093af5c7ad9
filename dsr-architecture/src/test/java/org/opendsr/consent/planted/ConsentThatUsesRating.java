package org.opendsr.consent.planted;

/** Planted violation: consent depending on rating. */
public class ConsentThatUsesRating {
  Object rating = new org.opendsr.rating.planted.RatingThatUsesTheRegister();
}
