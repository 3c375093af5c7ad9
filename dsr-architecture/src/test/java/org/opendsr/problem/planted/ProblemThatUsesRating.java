package org.opendsr.problem.planted;

/** Planted violation: the shared problem type reaching into a module that depends on it. */
public class ProblemThatUsesRating {
  Object rating = new org.opendsr.rating.planted.RatingThatUsesTheRegister();
}
